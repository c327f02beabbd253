# Queue getters and putters that are cancelled or time out: before and after being woken,
# the hand-over to the next in line, and the counts str() shows meanwhile.
import asyncio


def status(tasks):
    out = []
    for t in tasks:
        if not t.done():
            out.append('pending')
        elif t.cancelled():
            out.append('cancelled')
        else:
            out.append(repr(t.result()))
    return out


async def main():
    q = asyncio.Queue()
    getters = [asyncio.create_task(q.get()) for _ in range(3)]
    await asyncio.sleep(0)
    print(str(q))
    q.put_nowait('one')        # wakes getter 0 ...
    getters[0].cancel()        # ... which is cancelled before it runs: getter 1 gets it
    print(str(q))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(status(getters), str(q))
    getters[2].cancel()
    await asyncio.sleep(0)
    print(status(getters), str(q))

    # A getter cancelled before any put leaves nothing behind.
    t = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    q.put_nowait('kept')
    print(status([t]), str(q), q.get_nowait())

    # wait_for on get() times out without losing the item put afterwards.
    try:
        await asyncio.wait_for(q.get(), 0.001)
    except TimeoutError:
        print('get timed out', str(q))
    q.put_nowait('after timeout')
    print(await q.get())

    # Putters on a full queue.
    f = asyncio.Queue(2)
    f.put_nowait(1)
    f.put_nowait(2)
    putters = [asyncio.create_task(f.put(n)) for n in (3, 4, 5)]
    await asyncio.sleep(0)
    print(str(f))
    print(f.get_nowait())      # wakes putter 3 ...
    putters[0].cancel()        # ... which is cancelled: putter 4 takes the room
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(status(putters), str(f))
    print(f.get_nowait(), f.get_nowait())
    await asyncio.sleep(0)
    print(status(putters), str(f))
    f.put_nowait(6)
    try:
        await asyncio.wait_for(f.put(7), 0.001)
    except TimeoutError:
        print('put timed out', str(f))
    print('unfinished', f._unfinished_tasks, f.qsize())

    # A blocked put() and get() are plain coroutines that can be driven by hand.
    e = asyncio.Queue(1)
    co = e.put('x')
    try:
        co.send(None)
    except StopIteration as s:
        print('put on room returned', s.value)
    co = e.get()
    try:
        co.send(None)
    except StopIteration as s:
        print('get with item returned', s.value)

    # join() waits through several rounds; task_done() before join() is fine.
    j = asyncio.Queue()
    order = []

    async def joiner(name):
        await j.join()
        order.append(name)

    j.put_nowait('a')
    js = [asyncio.create_task(joiner(n)) for n in ('j1', 'j2')]
    await asyncio.sleep(0)
    j.get_nowait()
    j.put_nowait('b')
    j.task_done()
    await asyncio.sleep(0)
    print('one of two done:', order, str(j))
    j.get_nowait()
    j.task_done()
    await asyncio.gather(*js)
    print('joined:', order, str(j))
    js = asyncio.create_task(joiner('j3'))
    await asyncio.sleep(0)
    print('join on finished queue:', order)
    await js

    # A cancelled join() does not disturb task_done().
    j.put_nowait('c')
    t = asyncio.create_task(j.join())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    j.get_nowait()
    j.task_done()
    print('after cancelled join:', str(j), j._finished.is_set())


asyncio.run(main())
