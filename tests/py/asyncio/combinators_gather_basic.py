# gather: results in argument order regardless of completion order, zero args,
# mixing coroutines/tasks/futures, duplicate coroutine objects and futures,
# the returned future type.
import asyncio

async def val(x, d=0):
    await asyncio.sleep(d)
    print('  val done', x)
    return x

async def main():
    print(await asyncio.gather(val('a', 0.05), val('b', 0.01), val('c', 0.03)))
    g = asyncio.gather()
    print('zero args:', type(g).__name__, g.done(), await g)

    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 'future-value')
    task = asyncio.create_task(val('task'))
    print(await asyncio.gather(val('coro'), task, fut))

    c = val('dup')
    print('same coroutine twice:', await asyncio.gather(c, c))
    f2 = loop.create_future()
    f2.set_result('f2')
    print('same future thrice:', await asyncio.gather(f2, f2, f2))
    t2 = asyncio.create_task(val('t2'))
    print('same task twice:', await asyncio.gather(t2, t2))

    g2 = asyncio.gather(val(1), val(2))
    print('gather returns', type(g2).__name__, 'isfuture', asyncio.isfuture(g2))
    print(await g2)

    # children of gather start in argument order
    log = []
    async def rec(n):
        log.append(n)
        await asyncio.sleep(0)
        log.append(-n)
    await asyncio.gather(rec(1), rec(2), rec(3))
    print('start order:', log)

    # gather with an awaitable object
    class Aw:
        def __await__(self):
            yield from asyncio.sleep(0).__await__()
            return 'aw'
    print(await asyncio.gather(Aw(), val('x')))
    try:
        asyncio.gather(1)
    except TypeError as e:
        print('TypeError', e)

asyncio.run(main())
