# First come, first served for many waiters on each primitive, including newcomers that
# arrive while woken waiters have not run yet, and tasks cancelled in the middle.
import asyncio


async def main():
    lock = asyncio.Lock()
    order = []

    async def locker(i):
        async with lock:
            order.append(i)
            if i % 3 == 0:
                await asyncio.sleep(0)

    await lock.acquire()
    ts = [asyncio.create_task(locker(i)) for i in range(200)]
    await asyncio.sleep(0)
    for i in range(5, 200, 17):
        ts[i].cancel()
    lock.release()
    late = [asyncio.create_task(locker(i)) for i in range(200, 210)]
    await asyncio.gather(*ts, *late, return_exceptions=True)
    expected = [i for i in range(210) if not (i < 200 and i >= 5 and (i - 5) % 17 == 0)]
    print('lock order kept:', order == expected, len(order), lock.locked(), len(lock._waiters))

    sem = asyncio.Semaphore(3)
    active = 0
    peak = 0
    order = []

    async def worker(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            order.append(i)
            await asyncio.sleep(0)
            active -= 1

    await asyncio.gather(*(worker(i) for i in range(100)))
    print('semaphore:', order == list(range(100)), 'peak', peak, sem._value)

    ev = asyncio.Event()
    woke = []

    async def waiter(i):
        await ev.wait()
        woke.append(i)

    ts = [asyncio.create_task(waiter(i)) for i in range(1000)]
    await asyncio.sleep(0)
    for i in range(0, 1000, 10):
        ts[i].cancel()
    await asyncio.sleep(0)
    print('event waiters:', len(ev._waiters))
    ev.set()
    await asyncio.gather(*ts, return_exceptions=True)
    print('event order:', woke == [i for i in range(1000) if i % 10], len(ev._waiters))

    cond = asyncio.Condition()
    woke = []

    async def cwaiter(i):
        async with cond:
            await cond.wait()
            woke.append(i)

    ts = [asyncio.create_task(cwaiter(i)) for i in range(60)]
    await asyncio.sleep(0)
    for k in (1, 2, 3, 4, 50):
        async with cond:
            cond.notify(k)
        await asyncio.sleep(0)
    await asyncio.gather(*ts)
    print('condition order:', woke == list(range(60)))

    bar = asyncio.Barrier(4)
    results = []

    async def party(i):
        for rnd in range(3):
            idx = await bar.wait()
            results.append((rnd, i, idx))

    await asyncio.gather(*(party(i) for i in range(8)))
    print('barrier:', sorted(results)[:8], len(results), repr(bar)[-20:])


asyncio.run(main())
