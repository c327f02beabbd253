# Subclasses of the primitives: overridden acquire(), locked() and release() are what
# `async with` and the other methods use; plain subclasses behave as their base.
import asyncio


class LoggingLock(asyncio.Lock):
    def __init__(self, log):
        super().__init__()
        self.log = log

    async def acquire(self):
        self.log.append('acquire')
        return await super().acquire()

    def release(self):
        self.log.append('release')
        super().release()


class PlainLock(asyncio.Lock):
    pass


class NeverFree(asyncio.Semaphore):
    def locked(self):
        return True


class CountingSemaphore(asyncio.BoundedSemaphore):
    acquired = 0

    async def acquire(self):
        CountingSemaphore.acquired += 1
        return await super().acquire()


class LoudEvent(asyncio.Event):
    def set(self):
        print('  setting', self.is_set())
        super().set()


async def main():
    log = []
    lock = LoggingLock(log)
    async with lock:
        log.append('inside')
    print(log, lock.locked())
    cond = asyncio.Condition(lock)
    async with cond:
        log.append('in condition')
    print(log)

    p = PlainLock()
    async with p:
        print('plain subclass locked:', p.locked(), type(p).__mro__[1].__name__)
    t = asyncio.create_task(p.acquire())
    async with p:
        await asyncio.sleep(0)
        print('waiter queued:', len(p._waiters), t.done())
    await t
    print('waiter got it:', p.locked())
    p.release()

    n = NeverFree(5)
    try:
        await asyncio.wait_for(n.acquire(), 0.001)
    except TimeoutError:
        print('NeverFree: acquire waited', n._value)
    try:
        async with asyncio.timeout(0.001):
            async with n:
                print('not reached')
    except TimeoutError:
        print('NeverFree: async with waited', n._value)

    c = CountingSemaphore(2)
    async with c:
        async with c:
            print('counting:', CountingSemaphore.acquired, c.locked())
    try:
        c.release()
    except ValueError as e:
        print(e)

    ev = LoudEvent()
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    ev.set()
    print('woke:', await t)


asyncio.run(main())
