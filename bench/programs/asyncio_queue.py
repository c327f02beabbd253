"""A producer/consumer pipeline over asyncio.Queue: two producers feed a bounded queue,
three workers transform items into a second queue, and a collector folds the results.
Workers block on get() when the queues run dry and producers block on put() when the
first queue is full, so the run mixes fast non-blocking puts and gets with task switches.

Usage: asyncio_queue.py [N]    N is the number of items per producer (default 60000).
The last line printed is a checksum.
"""
import asyncio
import sys


async def producer(q, base, n):
    for i in range(n):
        await q.put(base + i)


async def worker(src, dst):
    while True:
        item = await src.get()
        await dst.put(item * 7 % 10007)
        src.task_done()


async def collector(q, count, out):
    acc = 0
    for _ in range(count):
        acc = (acc * 31 + await q.get()) % 1000003
    out.append(acc)


async def main(n):
    first = asyncio.Queue(maxsize=64)
    second = asyncio.Queue()
    out = []
    workers = [asyncio.create_task(worker(first, second)) for _ in range(3)]
    done = asyncio.create_task(collector(second, 2 * n, out))
    await asyncio.gather(producer(first, 0, n), producer(first, 1000000, n))
    await first.join()
    await done
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    return out[0]


n = int(sys.argv[1]) if len(sys.argv) > 1 else 60000
print(asyncio.run(main(n)))
