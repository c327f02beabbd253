# Awaiting futures from coroutines: result delivery, exception delivery, awaiting
# an already-done future does not yield, Future.__await__/__iter__, awaiting twice,
# a future awaited by several tasks wakes them in the order they started waiting.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.01, f.set_result, 'late value')
    print('awaited:', await f)
    print('await again:', await f)

    g = loop.create_future()
    loop.call_soon(g.set_exception, ZeroDivisionError('zd'))
    try:
        await g
    except ZeroDivisionError as e:
        print('awaited exception:', type(e).__name__, e)

    # awaiting a done future does not yield to the loop
    order = []
    done = loop.create_future()
    done.set_result('now')
    loop.call_soon(order.append, 'callback')
    order.append(await done)
    order.append('after await')
    await asyncio.sleep(0)
    print('order:', order)

    # several waiters on one future
    shared = loop.create_future()
    async def waiter(n):
        print('waiter', n, 'waiting')
        v = await shared
        print('waiter', n, 'got', v)
        return n
    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    shared.set_result('shared!')
    print('gathered:', await asyncio.gather(*tasks))

    # __await__ / __iter__ protocol
    it_f = loop.create_future()
    it = it_f.__await__()
    print('first yield is the future itself:', next(it) is it_f)
    it_f.set_result(99)
    try:
        next(it)
    except StopIteration as e:
        print('StopIteration value', e.value)
    print('__iter__ is __await__:', type(it_f.__iter__()).__name__ == type(it).__name__)

    # awaiting a future of a different loop
    other = asyncio.new_event_loop()
    foreign = other.create_future()
    try:
        await foreign
    except RuntimeError as e:
        msg = str(e)
        print('RuntimeError', msg[:5], '...', msg.split(' got ')[1])
    other.close()

asyncio.run(main())
