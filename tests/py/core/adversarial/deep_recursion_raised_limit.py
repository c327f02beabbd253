# With a raised limit moderately deep recursion works; beyond it RecursionError is still clean.
import sys
sys.setrecursionlimit(20000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(10000))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(1000)
try:
    depth(5000)
except RecursionError as e:
    print('lowered again:', e)
print(depth(100))
