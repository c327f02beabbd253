# throw() and close() into deep chains of `yield from` and `await`: 10,000 levels, with
# finally blocks, handlers and return values crossing every level on the way back up.
import sys
import types

sys.setrecursionlimit(50000)
DEPTH = 10000
finals = []


def chain(n):
    if n == 0:
        try:
            yield "bottom"
        finally:
            finals.append(n)
        return 0
    try:
        r = yield from chain(n - 1)
    finally:
        if n % 2500 == 0:
            finals.append(n)
    return r + 1


# A throw that the bottom does not catch: it rises through every level.
g = chain(DEPTH)
print(next(g))
try:
    g.throw(KeyError("through all levels"))
except KeyError as e:
    print("KeyError", e, finals)
print(g.gi_frame, g.gi_running)


# close(): GeneratorExit closes the innermost first, then each level outwards.
finals.clear()
g = chain(DEPTH)
next(g)
g.close()
print("closed", g.gi_frame, finals)


# A throw caught half-way: the handler's level returns, and the levels above go on.
def catch_at(n, where):
    if n == 0:
        yield "bottom"
        return "never"
    if n == where:
        try:
            r = yield from catch_at(n - 1, where)
        except ValueError as e:
            return "caught at %d: %s" % (n, e)
        return r
    r = yield from catch_at(n - 1, where)
    return r


g = catch_at(DEPTH, 5000)
next(g)
try:
    g.throw(ValueError("half-way"))
except StopIteration as e:
    print("StopIteration", e.value)


# A throw that the bottom catches and answers with a yield: the value comes straight out.
def answers(n):
    if n == 0:
        while True:
            try:
                yield "ready"
            except LookupError as e:
                yield "answered %r" % e.args[0]
    yield from answers(n - 1)


g = answers(DEPTH)
print(next(g))
print(g.throw(IndexError("question")))
print(next(g))
print(g.throw(KeyError, ("again",)))
g.close()
print(g.gi_suspended, g.gi_yieldfrom)


# A bottom that ignores GeneratorExit: the RuntimeError rises through every level.
def stubborn(n):
    if n == 0:
        try:
            yield 1
        except GeneratorExit:
            pass
        yield 2                  # where it is left, to be closed for good when collected
        return
    yield from stubborn(n - 1)


g = stubborn(DEPTH)
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)


# The bottom delegates to an iterator that is not a generator, with a throw method.
class Thrower:
    def __iter__(self):
        return self

    def __next__(self):
        return "from Thrower"

    def throw(self, *args):
        return "Thrower.throw got %s" % args[0].__name__ if isinstance(args[0], type) else "Thrower.throw got %r" % (args[0],)

    def close(self):
        print("Thrower.close")


def over_thrower(n):
    if n == 0:
        r = yield from Thrower()
        return r
    r = yield from over_thrower(n - 1)
    return r


g = over_thrower(DEPTH)
print(next(g))
print(g.throw(TypeError("t")))
g.close()


# Coroutines awaiting coroutines: throw() and close() through 10,000 awaits.
@types.coroutine
def suspend():
    try:
        yield "suspended"
    except OSError as e:
        return "recovered from %s" % e


async def acall(n):
    if n == 0:
        return await suspend()
    return await acall(n - 1)


c = acall(DEPTH)
print(c.send(None))
try:
    c.throw(OSError("disk"))
except StopIteration as e:
    print("StopIteration", e.value)
c = acall(DEPTH)
c.send(None)
c.close()
print(c.cr_frame, c.cr_suspended)
