# asyncio.Queue: put/get FIFO, put_nowait/get_nowait, QueueEmpty/QueueFull,
# qsize/empty/full/maxsize, maxsize<=0 is unbounded, str() of a queue.
import asyncio

async def main():
    q = asyncio.Queue()
    print('maxsize', q.maxsize, 'empty', q.empty(), 'full', q.full(), 'qsize', q.qsize())
    print(str(q))
    for i in range(3):
        await q.put(i)
    q.put_nowait('x')
    print('qsize', q.qsize(), 'empty', q.empty(), str(q))
    print([await q.get() for _ in range(2)], q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(str(e)), [c.__name__ for c in type(e).__mro__])

    b = asyncio.Queue(maxsize=2)
    b.put_nowait('a')
    b.put_nowait('b')
    print('full', b.full(), 'qsize', b.qsize(), str(b))
    try:
        b.put_nowait('c')
    except asyncio.QueueFull as e:
        print('QueueFull', repr(str(e)), [c.__name__ for c in type(e).__mro__])

    for size in (0, -1):
        u = asyncio.Queue(size)
        for i in range(100):
            u.put_nowait(i)
        print('maxsize', size, 'never full:', u.full(), u.qsize())

    # get() on an empty queue does not finish until a put
    e = asyncio.Queue()
    t = asyncio.create_task(e.get())
    await asyncio.sleep(0)
    print('get pending:', not t.done(), str(e))
    e.put_nowait('late item')
    print('got:', await t)

    # several getters are served in order
    getters = [asyncio.create_task(e.get()) for _ in range(3)]
    await asyncio.sleep(0)
    for item in 'xyz':
        e.put_nowait(item)
    print('getters got', [await g for g in getters])

    # a cancelled getter does not lose an item
    g1 = asyncio.create_task(e.get())
    g2 = asyncio.create_task(e.get())
    await asyncio.sleep(0)
    g1.cancel()
    e.put_nowait('only item')
    await asyncio.sleep(0)
    print('g1 cancelled', g1.cancelled(), 'g2 got', await g2, 'left', e.qsize())

asyncio.run(main())
