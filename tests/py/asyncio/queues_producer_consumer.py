# Producer/consumer interleavings: two producers, three consumers on a bounded
# queue with sentinel shutdown; exact step order under sleep(0) scheduling.
import asyncio

async def producer(name, q, n, log):
    for i in range(n):
        item = '%s%d' % (name, i)
        await q.put(item)
        log.append('P ' + item)
        await asyncio.sleep(0)

async def consumer(name, q, log, results):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            log.append('C%s stop' % name)
            return
        log.append('C%s %s' % (name, item))
        results.append(item)
        await asyncio.sleep(0)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    log = []
    results = []
    consumers = [asyncio.create_task(consumer(str(i), q, log, results)) for i in range(3)]
    await asyncio.gather(producer('a', q, 4, log), producer('b', q, 3, log))
    await q.join()
    log.append('joined')
    for _ in consumers:
        await q.put(None)
    await asyncio.gather(*consumers)
    for i in range(0, len(log), 6):
        print(' ', ' | '.join(log[i:i + 6]))
    print('all items:', sorted(results), 'qsize', q.qsize())

asyncio.run(main())
