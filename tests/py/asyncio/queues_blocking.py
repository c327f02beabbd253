# Bounded Queue blocking: put() waits while full, putters resume in order, the
# interleaving of a fast producer with a slow consumer, join()/task_done(),
# "task_done() called too many times", unfinished count in str().
import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    log = []
    async def producer():
        for i in range(5):
            log.append('put %d start' % i)
            await q.put(i)
            log.append('put %d done' % i)
    async def consumer():
        for _ in range(5):
            item = await q.get()
            log.append('got %d' % item)
            await asyncio.sleep(0)
    await asyncio.gather(producer(), consumer())
    for line in log:
        print(' ', line)

    # join waits for task_done of every item
    j = asyncio.Queue()
    for i in range(3):
        j.put_nowait(i)
    print(str(j))
    events = []
    async def joiner():
        await j.join()
        events.append('join returned')
    jt = asyncio.create_task(joiner())
    for _ in range(3):
        item = j.get_nowait()
        await asyncio.sleep(0)
        events.append('task_done %d' % item)
        j.task_done()
    await jt
    print(events)
    try:
        j.task_done()
    except ValueError as e:
        print('ValueError', e)
    # join on a queue with no unfinished tasks returns immediately
    await asyncio.Queue().join()
    print('empty join returned')

    # blocked putters resume in FIFO order
    f = asyncio.Queue(1)
    f.put_nowait('first')
    order = []
    async def putter(n):
        await f.put(n)
        order.append('putter %d done' % n)
    ps = [asyncio.create_task(putter(n)) for n in range(3)]
    await asyncio.sleep(0)
    for _ in range(4):
        order.append('got %r' % f.get_nowait())
        await asyncio.sleep(0)
    await asyncio.gather(*ps)
    print(order)

asyncio.run(main())
