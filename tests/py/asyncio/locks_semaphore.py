# asyncio.Semaphore: counting, locked(), FIFO wake-up, async with, initial value
# errors, release above initial allowed; BoundedSemaphore release error.
import asyncio

async def main():
    sem = asyncio.Semaphore(2)
    print('locked?', sem.locked())
    await sem.acquire()
    await sem.acquire()
    print('after 2 acquires locked?', sem.locked())
    sem.release()
    sem.release()
    sem.release()  # plain Semaphore allows going above the initial value
    print('after 3 releases locked?', sem.locked())
    for _ in range(3):
        await sem.acquire()
    print('3 acquires ok, locked?', sem.locked())
    for _ in range(3):
        sem.release()

    log = []
    limit = asyncio.Semaphore(2)
    async def worker(n):
        async with limit:
            log.append('in %d' % n)
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            log.append('out %d' % n)
    await asyncio.gather(*(worker(i) for i in range(5)))
    print(log)

    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError', e)
    zero = asyncio.Semaphore(0)
    print('Semaphore(0).locked():', zero.locked())
    t = asyncio.create_task(zero.acquire())
    await asyncio.sleep(0)
    print('acquire on 0 pending:', not t.done())
    zero.release()
    print('acquired after release:', await t)

    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print('ValueError', e)
    print('is Semaphore subclass:', issubclass(asyncio.BoundedSemaphore, asyncio.Semaphore))

    # default value is 1
    d = asyncio.Semaphore()
    await d.acquire()
    print('default Semaphore locked after one acquire:', d.locked())
    d.release()

    # cancelled waiter does not consume a slot
    s = asyncio.Semaphore(0)
    waiters = [asyncio.create_task(s.acquire()) for _ in range(3)]
    await asyncio.sleep(0)
    waiters[0].cancel()
    s.release()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('states:', [('cancelled' if w.cancelled() else 'done' if w.done() else 'pending') for w in waiters])
    s.release()
    await asyncio.sleep(0)
    print('states:', [('cancelled' if w.cancelled() else 'done' if w.done() else 'pending') for w in waiters])

asyncio.run(main())
