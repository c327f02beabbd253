# async def creates coroutine objects; driving them by hand with send(None).
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def add(a, b):
    print('  add running')
    return a + b
c = add(2, 3)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await)
print('nothing ran yet')
print(run(c))
async def chain():
    x = await add(1, 2)
    y = await add(x, 10)
    return [x, y]
print(run(chain()))
async def nothing():
    pass
print(run(nothing()))
c = add(1, 1)
run(c)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
async def awaits_twice():
    inner = add(5, 5)
    first = await inner
    try:
        await inner
    except RuntimeError as e:
        return first, str(e)
print(run(awaits_twice()))
import inspect, types
print(inspect.iscoroutinefunction(add), inspect.iscoroutinefunction(run))
co = chain()
print(inspect.iscoroutine(co), isinstance(co, types.CoroutineType))
co.close()
unstarted = add(1, 2)
try:
    iter(unstarted)
except TypeError as e:
    print(type(e).__name__, e)
unstarted.close()
