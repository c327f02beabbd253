# Order of items and of waiting tasks: FIFO through long runs of puts and gets that
# interleave (the queue's two internal lists change roles), many blocked getters and
# putters served first come first served, LifoQueue and PriorityQueue under blocking.
import asyncio


async def main():
    q = asyncio.Queue()
    out = []
    n = 0
    for rnd in range(1, 40):
        for _ in range(rnd % 7 + 1):
            q.put_nowait(n)
            n += 1
        for _ in range(rnd % 5 + 1):
            if not q.empty():
                out.append(q.get_nowait())
    while not q.empty():
        out.append(await q.get())
    print('fifo kept:', out == list(range(n)), n, q.qsize(), q._unfinished_tasks)
    q.put_nowait('a')
    q.put_nowait('b')
    q.get_nowait()
    q.put_nowait('c')
    print(str(q), list(q._queue))
    for x in 'defghijklmnopqrstu':
        q.put_nowait(x)
    q.get_nowait()
    print(str(q))
    print(''.join(q.get_nowait() for _ in range(q.qsize())))

    # 50 getters blocked in order; items put in bursts go to them in order.
    got = []

    async def getter(i):
        got.append((i, await q.get()))

    ts = [asyncio.create_task(getter(i)) for i in range(50)]
    await asyncio.sleep(0)
    print(str(q))
    for burst in range(5):
        for j in range(10):
            q.put_nowait(burst * 10 + j)
        await asyncio.sleep(0)
    await asyncio.gather(*ts)
    print('getters in order:', got == [(i, i) for i in range(50)])

    # 30 putters blocked on a full queue come in in order.
    b = asyncio.Queue(3)
    for i in range(3):
        b.put_nowait(i)
    ps = [asyncio.create_task(b.put(i)) for i in range(3, 33)]
    await asyncio.sleep(0)
    print(str(b))
    taken = []
    while len(taken) < 33:
        taken.append(await b.get())
        if len(taken) % 4 == 0:
            await asyncio.sleep(0)
    await asyncio.gather(*ps)
    print('putters in order:', taken == list(range(33)), str(b))

    # Producers and consumers on a tiny queue.
    small = asyncio.Queue(2)
    log = []

    async def producer(name, items):
        for it in items:
            await small.put(f'{name}{it}')
            log.append(f'+{name}{it}')

    async def consumer(name, count):
        for _ in range(count):
            item = await small.get()
            log.append(f'{name}:{item}')
            small.task_done()

    await asyncio.gather(producer('p', range(5)), producer('q', range(4)), consumer('A', 5), consumer('B', 4))
    await small.join()
    print(' '.join(log))

    # LifoQueue and PriorityQueue with blocked getters and putters.
    for cls in (asyncio.LifoQueue, asyncio.PriorityQueue):
        lq = cls(2)
        res = []

        async def g():
            res.append(await lq.get())

        gs = [asyncio.create_task(g()) for _ in range(2)]
        await asyncio.sleep(0)
        lq.put_nowait(5)
        lq.put_nowait(1)
        await asyncio.gather(*gs)
        for x in (7, 3):
            lq.put_nowait(x)
        ps = [asyncio.create_task(lq.put(x)) for x in (9, 0, 4)]
        await asyncio.sleep(0)
        print(cls.__name__, str(lq))
        while len(res) < 7:
            res.append(await lq.get())
            await asyncio.sleep(0)
        await asyncio.gather(*ps)
        print(cls.__name__, res, str(lq))

    pq = asyncio.PriorityQueue()
    for item in [(2, 'b'), (1, 'z'), (2, 'a'), (0, 'q'), (1, 'y'), (3, 'c')]:
        pq.put_nowait(item)
    print('priority:', str(pq))
    print([pq.get_nowait() for _ in range(6)])
    try:
        pq.put_nowait((1, 'x'))
        pq.put_nowait((1, None))
    except TypeError as e:
        print('TypeError', e)


asyncio.run(main())
