# asyncio.Condition: wait/notify(n)/notify_all/wait_for, the lock is re-acquired
# before wait() returns, RuntimeErrors without the lock, sharing an explicit Lock.
import asyncio

async def main():
    cond = asyncio.Condition()
    log = []
    async def waiter(n):
        async with cond:
            log.append('wait %d' % n)
            r = await cond.wait()
            log.append('woke %d %r locked=%s' % (n, r, cond.locked()))

    ts = [asyncio.create_task(waiter(i)) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify()
        log.append('notified 1')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
        log.append('notified 2')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
        log.append('notified all')
    await asyncio.gather(*ts)
    for line in log:
        print(' ', line)

    # the woken waiter cannot proceed until the notifier releases the lock
    log = []
    t = asyncio.create_task(waiter(9))
    await asyncio.sleep(0)
    async with cond:
        cond.notify()
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        log.append('notifier still holds lock')
    await t
    print(log)

    try:
        await cond.wait()
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        cond.notify_all()
    except RuntimeError as e:
        print('RuntimeError', e)

    # wait_for with a predicate
    items = []
    async def consumer():
        async with cond:
            r = await cond.wait_for(lambda: len(items) >= 3)
            print('predicate satisfied, returned', r, items)
    c = asyncio.create_task(consumer())
    for i in range(3):
        await asyncio.sleep(0)
        async with cond:
            items.append(i)
            cond.notify_all()
            print('producer added', i)
    await c
    async with cond:
        print('wait_for already true ->', await cond.wait_for(lambda: 'immediately'))

    # explicit lock shared with the condition
    lock = asyncio.Lock()
    cond2 = asyncio.Condition(lock)
    async with lock:
        print('cond2.locked() follows lock:', cond2.locked())
    print('cond2.locked() after:', cond2.locked())
    await cond2.acquire()
    print('lock.locked() after cond2.acquire():', lock.locked())
    cond2.release()

    # notify with no waiters is fine
    async with cond:
        cond.notify(5)
    print('notify without waiters ok')

asyncio.run(main())
