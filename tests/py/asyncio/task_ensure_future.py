# ensure_future with a coroutine (new task), a future/task (returned as is),
# an awaitable object with __await__ (wrapped in a task), and invalid input.
import asyncio

async def coro_fn():
    await asyncio.sleep(0)
    return 'coro result'

class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return 'awaitable result'

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.ensure_future(coro_fn())
    print('coroutine -> Task:', isinstance(t, asyncio.Task), await t)

    f = loop.create_future()
    print('future returned as is:', asyncio.ensure_future(f) is f)
    f.cancel()

    t2 = asyncio.create_task(coro_fn())
    print('task returned as is:', asyncio.ensure_future(t2) is t2)
    await t2

    w = asyncio.ensure_future(Awaitable())
    print('awaitable -> Task:', isinstance(w, asyncio.Task), await w)

    t3 = asyncio.ensure_future(coro_fn(), loop=loop)
    print('loop= accepted:', t3.get_loop() is loop, await t3)

    for bad in (42, 'str', None):
        try:
            asyncio.ensure_future(bad)
        except TypeError as e:
            print('TypeError', e)

    other = asyncio.new_event_loop()
    try:
        asyncio.ensure_future(f, loop=other)
    except ValueError as e:
        print('ValueError', e)
    other.close()

    # await works directly on custom awaitables too
    print('direct await:', await Awaitable())

    class BadAwait:
        def __await__(self):
            return 42
    try:
        await BadAwait()
    except TypeError as e:
        print('TypeError', e)

asyncio.run(main())
