# RecursionError on unbounded recursion is catchable; the program continues.
import sys
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
    print(isinstance(e, RuntimeError))
depth = 0
def measure():
    global depth
    depth += 1
    measure()
try:
    measure()
except RecursionError:
    print('depth reached is below the limit:', depth < sys.getrecursionlimit(), depth > 500)
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print('mutual:', e)
class Deep:
    def __getattr__(self, name):
        return getattr(self, 'x' + name)
try:
    Deep().a
except RecursionError as e:
    print('via __getattr__:', e)
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print('via __repr__:', type(e).__name__)
print('still running after', 5, 'recursion errors')
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(500))
