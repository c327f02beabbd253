# Cancellation at each point of Lock, Semaphore, Condition and Event waits: waiters
# cancelled before and after being woken, the hand-over to the next waiter, Condition's
# re-acquisition of its lock, and the order in which everything happens.
import asyncio


def status(tasks):
    out = []
    for t in tasks:
        if not t.done():
            out.append('pending')
        elif t.cancelled():
            out.append('cancelled')
        elif t.exception() is not None:
            out.append(type(t.exception()).__name__)
        else:
            out.append(repr(t.result()))
    return out


async def lock_cases():
    log = []
    lock = asyncio.Lock()

    async def taker(name):
        try:
            await lock.acquire()
        except asyncio.CancelledError:
            log.append(f'{name} cancelled (locked={lock.locked()})')
            raise
        log.append(f'{name} acquired')
        await asyncio.sleep(0)
        lock.release()
        log.append(f'{name} released')
        return name

    await lock.acquire()
    ts = [asyncio.create_task(taker(n)) for n in 'abcd']
    await asyncio.sleep(0)
    # a is woken by the release, then cancelled before it runs: b must get the lock.
    lock.release()
    ts[0].cancel()
    await asyncio.sleep(0)
    print('lock:', log, status(ts), len(lock._waiters))
    await asyncio.gather(*ts, return_exceptions=True)
    print('lock:', log, status(ts), lock.locked())

    # Cancelling the only waiter while the lock is held leaves the lock held.
    log.clear()
    await lock.acquire()
    t = asyncio.create_task(taker('e'))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print('lock:', log, lock.locked(), len(lock._waiters))
    lock.release()

    # A free lock with only cancelled waiters queued is taken at once.
    await lock.acquire()
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    t.cancel()
    lock.release()
    print('free with a cancelled waiter queued:', len(lock._waiters), await lock.acquire())
    await asyncio.gather(t, return_exceptions=True)
    lock.release()

    # cancel() with a message reaches the waiter.
    await lock.acquire()
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    t.cancel('stop waiting')
    try:
        await t
    except asyncio.CancelledError as e:
        print('message:', e.args)
    lock.release()


async def semaphore_cases():
    log = []
    sem = asyncio.Semaphore(0)

    async def taker(name):
        try:
            await sem.acquire()
        except asyncio.CancelledError:
            log.append(f'{name} cancelled value={sem._value}')
            raise
        log.append(f'{name} acquired value={sem._value}')
        return name

    ts = [asyncio.create_task(taker(n)) for n in 'abcd']
    await asyncio.sleep(0)
    sem.release()          # wakes a (value back to 0)
    print('after release:', sem._value, sem.locked())
    ts[0].cancel()         # a woken then cancelled: gives its slot to b
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('sem:', log, status(ts))
    sem.release()
    sem.release()
    print('two releases:', sem._value)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('sem:', log, status(ts), sem._value)

    # Releases beyond the waiters raise the value; a newcomer cannot overtake waiters.
    log.clear()
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    ts = [asyncio.create_task(taker(n)) for n in 'xy']
    await asyncio.sleep(0)
    sem.release()
    sem.release()
    sem.release()
    print('three releases, two waiters:', sem._value, sem.locked())
    newcomer = asyncio.create_task(taker('z'))
    await asyncio.gather(*ts, newcomer)
    print('sem:', log, sem._value)

    # Cancelled before being woken: the value is unchanged.
    log.clear()
    sem = asyncio.Semaphore(0)
    ts = [asyncio.create_task(taker(n)) for n in 'pq']
    await asyncio.sleep(0)
    ts[0].cancel()
    await asyncio.sleep(0)
    print('cancelled unwoken:', log, sem._value, sem.locked(), len(sem._waiters))
    sem.release()
    await asyncio.sleep(0)
    print('sem:', log, status(ts), sem._value)

    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    t = asyncio.create_task(b.acquire())
    t2 = asyncio.create_task(b.acquire())
    await asyncio.sleep(0)
    print('bounded:', status([t, t2]), b._value, b.locked())
    b.release()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print('bounded:', e, b._value)
    await asyncio.gather(t, t2)


async def condition_cases():
    log = []
    cond = asyncio.Condition()

    async def waiter(name):
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                log.append(f'{name} cancelled, holds lock: {cond.locked()}')
                raise
            log.append(f'{name} notified')

    # Cancelled while waiting: it takes the lock back before raising.
    t = asyncio.create_task(waiter('a'))
    await asyncio.sleep(0)
    await cond.acquire()
    t.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('cond:', log, status([t]), 'waiters', len(cond._waiters))
    cond.release()
    await asyncio.gather(t, return_exceptions=True)
    print('cond:', log, status([t]), cond.locked())

    # Notified, then cancelled while re-acquiring the lock: still re-acquires it.
    log.clear()
    t = asyncio.create_task(waiter('b'))
    await asyncio.sleep(0)
    async with cond:
        cond.notify()
        await asyncio.sleep(0)
        t.cancel()
        await asyncio.sleep(0)
        print('cond: b blocked on the lock:', status([t]))
    await asyncio.gather(t, return_exceptions=True)
    print('cond:', log, status([t]), cond.locked())

    # A notified waiter that is cancelled does not pass the notification on (3.11).
    log.clear()
    ts = [asyncio.create_task(waiter(n)) for n in 'cd']
    await asyncio.sleep(0)
    async with cond:
        cond.notify(1)
        ts[0].cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('cond:', log, status(ts))
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts, return_exceptions=True)
    print('cond:', log, status(ts))

    # notify(n) counts only waiters not already woken.
    log.clear()
    ts = [asyncio.create_task(waiter(n)) for n in 'efgh']
    await asyncio.sleep(0)
    async with cond:
        cond.notify(1)
        cond.notify(2)
        print('after notify(1), notify(2):', [f.done() for f in cond._waiters])
    await asyncio.sleep(0)
    print('cond:', log)
    async with cond:
        cond.notify(0)
        cond.notify(-1)
        cond.notify(10)
    await asyncio.gather(*ts)
    print('cond:', log)

    # wait_for re-evaluates the predicate after each wake-up; its errors propagate.
    calls = []

    def pred():
        calls.append(len(calls))
        if len(calls) == 3:
            raise KeyError('predicate failed')
        return False

    async def pred_waiter():
        async with cond:
            await cond.wait_for(pred)

    t = asyncio.create_task(pred_waiter())
    for _ in range(2):
        await asyncio.sleep(0)
        async with cond:
            cond.notify()
    try:
        await t
    except KeyError as e:
        print('wait_for:', calls, repr(e), cond.locked())


async def event_cases():
    ev = asyncio.Event()
    log = []

    async def waiter(name):
        try:
            r = await ev.wait()
        except asyncio.CancelledError:
            log.append(name + ' cancelled')
            raise
        log.append(f'{name} woke {r}')

    ts = [asyncio.create_task(waiter(n)) for n in 'abc']
    await asyncio.sleep(0)
    ev.set()
    ts[1].cancel()  # already woken: the cancellation wins
    await asyncio.gather(*ts, return_exceptions=True)
    print('event:', log, status(ts), len(ev._waiters))

    ev.clear()
    log.clear()
    t = asyncio.create_task(waiter('d'))
    await asyncio.sleep(0)
    t.cancel()
    ev.set()
    await asyncio.gather(t, return_exceptions=True)
    print('event:', log, status([t]), len(ev._waiters))


async def main():
    await lock_cases()
    await semaphore_cases()
    await condition_cases()
    await event_cases()


asyncio.run(main())
