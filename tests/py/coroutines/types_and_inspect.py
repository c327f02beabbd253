# types.coroutine, the coroutine wrapper of __await__, code.replace, and inspect's predicates
# and state functions for generators and coroutines.
import inspect
import types


@types.coroutine
def legacy():
    got = yield "legacy step"
    return got


async def modern():
    r = await legacy()
    return "modern saw " + str(r)


c = modern()
print(type(c).__name__, inspect.iscoroutine(c), inspect.isawaitable(c))
print(inspect.getcoroutinestate(c))
print(c.send(None))
print(inspect.getcoroutinestate(c), c.cr_await is not None)
try:
    c.send(41)
except StopIteration as e:
    print("result:", e.value)
print(inspect.getcoroutinestate(c), c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

print(inspect.isgeneratorfunction(legacy), inspect.iscoroutinefunction(legacy))
print(inspect.iscoroutinefunction(modern), inspect.isgeneratorfunction(modern))
print(inspect.isawaitable(legacy()), inspect.isgenerator(legacy()))
print(legacy.__code__.co_flags & inspect.CO_ITERABLE_COROUTINE != 0)


def plain():
    yield 1


g = plain()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g))

# __await__ gives an iterator over the coroutine itself.
c2 = modern()
w = c2.__await__()
print(type(w).__name__, next(w))
try:
    w.send("via wrapper")
except StopIteration as e:
    print(e.value)


class Awaitable:
    def __await__(self):
        return (yield "custom")


async def uses():
    return await Awaitable()


c3 = uses()
print(c3.send(None))
try:
    c3.send("done")
except StopIteration as e:
    print(e.value)


async def bad_await(x):
    return await x


for obj in (1, [], plain()):
    co = bad_await(obj)
    try:
        co.send(None)
    except TypeError as e:
        print("TypeError:", e)


class ReturnsCoroutine:
    def __await__(self):
        return modern()


class ReturnsList:
    def __await__(self):
        return [1]


for obj in (ReturnsCoroutine(), ReturnsList()):
    co = bad_await(obj)
    try:
        co.send(None)
    except TypeError as e:
        print("TypeError:", e)


def gen_yield_from_coroutine():
    yield from modern()


try:
    next(gen_yield_from_coroutine())
except TypeError as e:
    print("TypeError:", e)

co = modern()
try:
    co.send(1)
except TypeError as e:
    print("TypeError:", e)
co.close()


async def awaits_twice(inner):
    await inner


shared = modern()
first = awaits_twice(shared)
first.send(None)
second = awaits_twice(shared)
try:
    second.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

code = modern.__code__
renamed = code.replace(co_name="other")
print(renamed.co_name, code.co_name, renamed.co_flags == code.co_flags)
try:
    code.replace(co_bogus=1)
except TypeError as e:
    print("TypeError:", e)
print(repr(modern())[:25])
