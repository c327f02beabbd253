# LifoQueue and PriorityQueue ordering, PriorityQueue with tuples and ties,
# maxsize on variants, str() of each, task_done/join on a variant.
import asyncio

async def main():
    lq = asyncio.LifoQueue()
    for i in range(4):
        await lq.put(i)
    print(str(lq))
    print('lifo:', [lq.get_nowait() for _ in range(4)])

    pq = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'A'), (0, 'z')]:
        pq.put_nowait(item)
    print('priority:', [pq.get_nowait() for _ in range(5)])

    pq2 = asyncio.PriorityQueue(maxsize=2)
    pq2.put_nowait(5)
    pq2.put_nowait(2)
    try:
        pq2.put_nowait(1)
    except asyncio.QueueFull:
        print('PriorityQueue full at', pq2.qsize())
    print(str(pq2))

    # getter waiting on a LifoQueue receives the first item put
    g = asyncio.create_task(lq.get())
    await asyncio.sleep(0)
    lq.put_nowait('p')
    lq.put_nowait('q')
    print('waiting getter got', await g, 'remaining', lq.get_nowait())

    print('subclasses:', issubclass(asyncio.LifoQueue, asyncio.Queue),
          issubclass(asyncio.PriorityQueue, asyncio.Queue))

    jq = asyncio.PriorityQueue()
    for n in (3, 1, 2):
        jq.put_nowait(n)
    done = []
    async def worker():
        while True:
            n = await jq.get()
            done.append(n)
            jq.task_done()
    w = asyncio.create_task(worker())
    await jq.join()
    print('processed in priority order:', done)
    w.cancel()
    await asyncio.gather(w, return_exceptions=True)
    print('worker cancelled:', w.cancelled())

asyncio.run(main())
