# Raising and lowering the recursion limit.
import sys
old = sys.getrecursionlimit()
print(old)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit(), depth(4000))
sys.setrecursionlimit(100)
try:
    depth(200)
except RecursionError as e:
    print(type(e).__name__, e)
print(depth(50))
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit('x')
except TypeError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit())
