# Generators resumed by `yield from` and `for` run inside the interpreter loop: deep
# delegation chains need no C++ stack, and errors still cross each level as in CPython.
import sys


def inner(n):
    x = yield n
    print("inner got", x)
    return n * 10


def outer():
    r = yield from inner(1)
    print("outer r", r)
    r2 = yield from inner(2)
    return r + r2


g = outer()
print(next(g))
print(g.send("a"))
try:
    g.send("b")
except StopIteration as e:
    print("stop", e.value)


def count(n):
    for i in range(n):
        yield i


print(sum(count(10)), list(count(3)))
for x in count(3):
    for y in count(2):
        print(x, y, end="; ")
print()


def bad():
    yield 1
    raise StopIteration


try:
    for v in bad():
        print(v)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


def chain(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from chain(n - 1)
    return r + 1


sys.setrecursionlimit(50000)
g = chain(10000)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("depth", e.value)
# throw() and close() through a chain (tests/py/generators/deep_chains.py has deeper ones).
g = chain(2000)
next(g)
try:
    g.throw(KeyError("thrown through 2000 levels"))
except KeyError as e:
    print("KeyError", e)
g = chain(2000)
next(g)
g.close()
print("closed", g.gi_frame)
sys.setrecursionlimit(1000)
try:
    print(next(chain(5000)))
except RecursionError as e:
    print("RecursionError:", e)


def fails_deep(n):
    if n == 0:
        yield 1
        raise KeyError("deep")
    yield from fails_deep(n - 1)


g = fails_deep(50)
next(g)
try:
    next(g)
except KeyError as e:
    print("KeyError", e)


def catcher():
    try:
        yield from fails_deep(3)
    except KeyError:
        yield "caught"


print(list(catcher()))


def running():
    yield g2.send(None)


g2 = running()
try:
    next(g2)
except ValueError as e:
    print("ValueError:", e)
