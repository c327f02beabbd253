# Queue.put() and Queue.get() return coroutines: they do nothing until awaited or driven,
# can be driven by hand, made into tasks, thrown into and closed, and keep CPython's order of
# events when they wait and when they are cancelled.
import asyncio


def short(obj):
    return repr(obj).split(' at ')[0]


def drive_by_hand():
    q = asyncio.Queue()
    c = q.put('a')
    print(short(c), type(c).__name__, asyncio.iscoroutine(c), c.__name__, c.__qualname__)
    print('before send:', q.qsize())
    try:
        c.send(None)
    except StopIteration as e:
        print('put returned', e.value, 'size', q.qsize())
    try:
        c.send(None)
    except RuntimeError as e:
        print('RuntimeError:', e)
    g = q.get()
    try:
        g.send(None)
    except StopIteration as e:
        print('get returned', e.value)
    g = q.get()
    try:
        g.send(1)
    except TypeError as e:
        print('TypeError:', e)
    # Outside a loop, waiting fails as CPython's does.
    g = q.get()
    try:
        g.send(None)
    except AttributeError as e:
        print('AttributeError:', e)
    g = q.get()
    try:
        g.throw(ValueError('thrown in first'))
    except ValueError as e:
        print('ValueError:', e)
    g = q.get()
    print('close unstarted:', g.close())
    try:
        g.send(None)
    except RuntimeError as e:
        print('RuntimeError:', e)
    q.put('never')  # not awaited, so nothing is put
    print('size after an unawaited put:', q.qsize())
    print(asyncio.iscoroutinefunction(q.get), asyncio.iscoroutinefunction(asyncio.Queue.put))


async def lazy_order():
    q = asyncio.Queue()
    t = asyncio.create_task(q.put('from task'))
    q.put_nowait('direct')
    await t
    print('order:', [q.get_nowait(), q.get_nowait()])
    coro = q.put('kw')
    q.put_nowait(item='kw direct')
    await coro
    await q.put(item='kw await')
    print('keywords:', [q.get_nowait() for _ in range(3)])
    for call in (lambda: q.put(), lambda: q.put(1, 2), lambda: q.put(1, x=2), lambda: q.get(1),
                 lambda: q.put_nowait(), lambda: q.get_nowait(1), lambda: q.task_done(1),
                 lambda: q.put(1, item=2), lambda: asyncio.Queue.get()):
        try:
            call()
        except TypeError as e:
            print('TypeError:', e)


async def waiting_and_waking():
    q = asyncio.Queue(maxsize=1)
    log = []

    async def getter(name):
        item = await q.get()
        log.append(f'{name} got {item}')

    async def putter(name, item):
        await q.put(item)
        log.append(f'{name} put {item}')

    tasks = [asyncio.create_task(getter(f'g{i}')) for i in range(3)]
    await asyncio.sleep(0)
    print('getters waiting:', len(q._getters))
    print(repr(tasks[0]).split(' coro=')[0], 'wait_for=' + repr(tasks[0]).split(' wait_for=')[1])
    for i in range(5):
        tasks.append(asyncio.create_task(putter(f'p{i}', i)))
    await asyncio.sleep(0)
    print('after one pass:', log, 'putters waiting:', len(q._putters), q)
    for _ in range(6):
        await asyncio.sleep(0)
    print('log:', log)
    print('left:', q.qsize(), len(q._getters), len(q._putters))
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


async def cancellation():
    q = asyncio.Queue()
    g1 = asyncio.create_task(q.get())
    g2 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    # g1 is woken by the put, then cancelled before it runs: it passes the item on to g2.
    q.put_nowait('item')
    g1.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('g1 cancelled:', g1.cancelled(), 'g2:', g2.result(), 'getters:', len(q._getters))

    # A plain cancel of a waiting get removes its waiter.
    g3 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    g3.cancel('stop')
    try:
        await g3
    except asyncio.CancelledError as e:
        print('g3:', type(e).__name__, e.args, 'getters:', len(q._getters))

    # Full queue: a cancelled put frees its place in line.
    f = asyncio.Queue(maxsize=1)
    f.put_nowait(0)
    p1 = asyncio.create_task(f.put(1))
    p2 = asyncio.create_task(f.put(2))
    await asyncio.sleep(0)
    p1.cancel()
    print('got', f.get_nowait())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('p1 cancelled:', p1.cancelled(), 'p2 done:', p2.done(), 'queue:', f.get_nowait())

    # wait_for on a get that times out, then the queue still works.
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except TimeoutError:
        print('timed out; getters:', len(q._getters))
    q.put_nowait('after')
    print(await q.get())


async def thrown_and_closed():
    q = asyncio.Queue()

    async def drive():
        c = q.get()
        fut = c.send(None)
        print('yielded a pending future:', fut._state, len(q._getters))
        try:
            c.throw(KeyError('k'))
        except KeyError as e:
            print('KeyError passed through, getters:', len(q._getters))
        c2 = q.get()
        c2.send(None)
        print('close parked:', c2.close(), len(q._getters))
        c3 = q.get()
        c3.send(None)
        q.put_nowait('woken')
        try:
            c3.send(None)
        except StopIteration as e:
            print('woken get returned', e.value)

    await drive()


async def subclasses():
    class Counting(asyncio.Queue):
        def _put(self, item):
            print('  _put', item)
            super()._put(item)

        def _get(self):
            item = super()._get()
            print('  _get', item)
            return item

    q = Counting(maxsize=2)
    await q.put('a')
    q.put_nowait('b')
    print(short(q.put('c')))
    consumer = asyncio.create_task(q.get())
    print(await q.get(), await consumer)

    class Loud(asyncio.Queue):
        async def put(self, item):
            print('  Loud.put', item)
            await super().put(item)

    lq = Loud()
    await lq.put(1)
    print(lq.get_nowait())

    for cls in (asyncio.LifoQueue, asyncio.PriorityQueue):
        pq = cls()
        for x in (3, 1, 2):
            await pq.put(x)
        print(cls.__name__, [await pq.get() for _ in range(3)])


def custom_loop_futures():
    made = []

    class Loop(asyncio.SelectorEventLoop):
        def create_future(self):
            made.append(1)
            return super().create_future()

    async def main():
        q = asyncio.Queue()
        t = asyncio.create_task(q.get())
        await asyncio.sleep(0)
        await q.put('x')
        print('custom loop:', await t, len(made))

    loop = Loop()
    try:
        loop.run_until_complete(main())
    finally:
        loop.close()


async def task_done_and_join():
    q = asyncio.Queue()
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)
    for i in range(3):
        q.put_nowait(i)
    done = []

    async def joiner():
        await q.join()
        done.append('joined')

    j = asyncio.create_task(joiner())
    for _ in range(3):
        await q.get()
        q.task_done()
        await asyncio.sleep(0)
        print('unfinished', q._unfinished_tasks, done)
    await j
    print(done)


drive_by_hand()
asyncio.run(lazy_order())
asyncio.run(waiting_and_waking())
asyncio.run(cancellation())
asyncio.run(thrown_and_closed())
asyncio.run(subclasses())
asyncio.run(task_done_and_join())
custom_loop_futures()
