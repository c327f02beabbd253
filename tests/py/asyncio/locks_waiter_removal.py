# Waiters leaving the queue of waiters from anywhere (cancelled at the front, in the
# middle, at the back, after a wake-up), interleaved with new arrivals: the order in which
# the others are served, and the counts in the reprs, stay right.
import asyncio


def state(obj):
    r = repr(obj)
    return r[r.index('['):]


async def main():
    ev = asyncio.Event()
    woke = []

    async def waiter(name):
        try:
            await ev.wait()
            woke.append(name)
        except asyncio.CancelledError:
            woke.append(name + '(cancelled)')
            raise

    tasks = {}

    def start(names):
        for n in names:
            tasks[n] = asyncio.create_task(waiter(n))

    async def cancel(names):
        for n in names:
            tasks[n].cancel()
        await asyncio.sleep(0)
        print('cancel', names, '->', state(ev))

    start('abc')
    await asyncio.sleep(0)
    await cancel('a')
    start('de')
    await asyncio.sleep(0)
    await cancel('d')
    start('fgh')
    await asyncio.sleep(0)
    await cancel('cg')
    await cancel('h')
    start('ij')
    await asyncio.sleep(0)
    await cancel('b')
    ev.set()
    await asyncio.gather(*tasks.values(), return_exceptions=True)
    print(woke, state(ev))

    # The same on a Lock, whose waiters are served one at a time.
    lock = asyncio.Lock()
    served = []

    async def locker(name):
        async with lock:
            served.append(name)
            await asyncio.sleep(0)

    await lock.acquire()
    ts = {}
    for batch, drop in (('abc', 'a'), ('de', 'd'), ('fgh', 'cg'), ('ij', 'j')):
        for n in batch:
            ts[n] = asyncio.create_task(locker(n))
        await asyncio.sleep(0)
        for n in drop:
            ts[n].cancel()
        await asyncio.sleep(0)
        print('lock', state(lock))
    lock.release()
    await asyncio.gather(*ts.values(), return_exceptions=True)
    print(served, state(lock))

    # A Semaphore with waiters released while others are cancelled.
    sem = asyncio.Semaphore(0)
    got = []

    async def taker(name):
        await sem.acquire()
        got.append(name)

    ts = {n: asyncio.create_task(taker(n)) for n in 'abcdef'}
    await asyncio.sleep(0)
    ts['a'].cancel()
    sem.release()
    ts['e'].cancel()
    await asyncio.sleep(0)
    print('sem', got, state(sem))
    for n in 'gh':
        ts[n] = asyncio.create_task(taker(n))
    await asyncio.sleep(0)
    ts['c'].cancel()
    ts['g'].cancel()
    for _ in range(3):
        sem.release()
    await asyncio.gather(*ts.values(), return_exceptions=True)
    print('sem', got, state(sem))


asyncio.run(main())
