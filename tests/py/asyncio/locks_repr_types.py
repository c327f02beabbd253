# Reprs, type names, module names and MROs of the synchronisation primitives and queues
# (addresses stripped), and __class_getitem__ of the queues.
import asyncio


def clean(text):
    # Drops the ' at 0x...' address from a repr.
    while ' at 0x' in text:
        i = text.index(' at 0x')
        j = i + 6
        while j < len(text) and text[j] in '0123456789abcdef':
            j += 1
        text = text[:i] + text[j:]
    return text


async def main():
    lock = asyncio.Lock()
    ev = asyncio.Event()
    cond = asyncio.Condition()
    sem = asyncio.Semaphore(3)
    bsem = asyncio.BoundedSemaphore(2)
    bar = asyncio.Barrier(2)
    for obj in (lock, ev, cond, sem, bsem, bar):
        print(clean(repr(obj)))
        print(' ', type(obj), type(obj).__module__, type(obj).__qualname__)
        print(' ', [c.__module__ + '.' + c.__qualname__ for c in type(obj).__mro__])

    await lock.acquire()
    waiters = [asyncio.create_task(lock.acquire()) for _ in range(3)]
    await asyncio.sleep(0)
    print(clean(repr(lock)))
    waiters[1].cancel()
    await asyncio.sleep(0)
    print('one cancelled:', clean(repr(lock)))
    lock.release()
    await asyncio.sleep(0)
    print('handed over:', clean(repr(lock)))
    lock.release()
    await asyncio.sleep(0)
    lock.release()
    print('released:', clean(repr(lock)))

    ts = [asyncio.create_task(ev.wait()) for _ in range(2)]
    await asyncio.sleep(0)
    print(clean(repr(ev)))
    ev.set()
    print('set, not yet run:', clean(repr(ev)))
    await asyncio.gather(*ts)
    print('after run:', clean(repr(ev)))

    async with cond:
        print(clean(repr(cond)))
    print(clean(repr(cond)))

    await sem.acquire()
    print(clean(repr(sem)))
    await sem.acquire()
    await sem.acquire()
    print(clean(repr(sem)))
    t = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    print(clean(repr(sem)))
    sem.release()
    await t
    print(clean(repr(bsem)))

    t = asyncio.create_task(bar.wait())
    await asyncio.sleep(0)
    print(clean(repr(bar)))
    await bar.wait()
    await t
    print(clean(repr(bar)))
    await bar.abort()
    print(clean(repr(bar)))

    for cls in (asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue):
        q = cls(5)
        print(clean(repr(q)), str(q), type(q))
        print(' ', [c.__module__ + '.' + c.__qualname__ for c in type(q).__mro__])
        print(' ', cls[int], type(cls[int]).__name__, cls[int].__origin__ is cls, cls[str, int].__args__)
    for exc in (asyncio.QueueEmpty, asyncio.QueueFull, asyncio.BrokenBarrierError):
        print(exc, exc.__module__, [c.__name__ for c in exc.__mro__], repr(exc()), repr(str(exc())))

    print(asyncio.Lock.__module__, asyncio.Event.__name__, asyncio.Condition.__qualname__)
    print(asyncio.iscoroutinefunction(lock.acquire), asyncio.iscoroutinefunction(ev.wait),
          asyncio.iscoroutinefunction(asyncio.Queue().get), asyncio.iscoroutinefunction(asyncio.Queue().put))
    co = asyncio.Queue().join()
    print(type(co).__name__, co.__qualname__)
    co.close()


asyncio.run(main())
