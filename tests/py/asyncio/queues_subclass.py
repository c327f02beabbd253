# Subclasses of Queue: overriding the storage methods (_init, _get, _put) or the size
# tests changes what put/get do; plain subclasses behave as Queue; the base class's
# _queue works as a deque for subclasses that use it.
import asyncio


class Dedup(asyncio.Queue):
    # Drops an item already queued.
    def _put(self, item):
        if item not in self._queue:
            self._queue.append(item)


class Front(asyncio.Queue):
    # Urgent items go first.
    def _put(self, item):
        if isinstance(item, str) and item.startswith('!'):
            self._queue.appendleft(item)
        else:
            self._queue.append(item)


class Capped(asyncio.Queue):
    # full() when the total weight would pass the cap.
    def full(self):
        return sum(self._queue) >= 10


class Counting(asyncio.Queue):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.gets = 0

    async def get(self):
        self.gets += 1
        return await super().get()


class Sized(asyncio.Queue):
    def qsize(self):
        return 2 * len(self._queue)


class Tagged(asyncio.Queue):
    def __init_subclass__(cls, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag


class Red(Tagged, tag='red'):
    pass


class SetQueue(asyncio.Queue):
    def _init(self, maxsize):
        self._queue = set()

    def _put(self, item):
        self._queue.add(item)

    def _get(self):
        return self._queue.pop()


async def main():
    d = Dedup()
    for x in 'abacab':
        await d.put(x)
    print('dedup:', str(d), d.qsize(), [d.get_nowait() for _ in range(d.qsize())], d._unfinished_tasks)

    f = Front()
    for x in (1, '!a', 2, '!b'):
        f.put_nowait(x)
    print('front:', list(f._queue), [await f.get() for _ in range(4)])
    print('deque-like:', repr(f._queue), len(f._queue), bool(f._queue))
    f.put_nowait(1)
    f.put_nowait(2)
    f.put_nowait(3)
    print(f._queue[0], f._queue[-1], 2 in f._queue, 9 in f._queue, list(f._queue))
    f._queue.remove(2)
    print(list(f._queue), f._queue.pop(), f._queue.popleft(), len(f._queue))
    try:
        f._queue.popleft()
    except IndexError as e:
        print('IndexError', e)
    try:
        f._queue.remove(7)
    except ValueError as e:
        print('ValueError', e)

    c = Capped()
    c.put_nowait(6)
    c.put_nowait(4)
    print('capped full:', c.full())
    try:
        c.put_nowait(1)
    except asyncio.QueueFull:
        print('capped: QueueFull')
    t = asyncio.create_task(c.put(1))
    await asyncio.sleep(0)
    print('capped putter waits:', t.done(), str(c))
    print(c.get_nowait())
    await t
    print('capped:', str(c))

    k = Counting(3)
    for i in range(3):
        await k.put(i)
    print('counting:', [await k.get() for _ in range(3)], k.gets)
    t = asyncio.create_task(k.get())
    await asyncio.sleep(0)
    k.put_nowait('late')
    print('counting:', await t, k.gets)

    s = Sized(4)
    s.put_nowait('a')
    s.put_nowait('b')
    print('sized: qsize', s.qsize(), 'full', s.full())
    try:
        s.put_nowait('c')
    except asyncio.QueueFull:
        print('sized: QueueFull')

    print('tagged:', Red.tag, getattr(Tagged, 'tag', 'untagged'), str(Red()))
    r = Red(1)
    await r.put('x')
    print(await r.get(), r.empty())

    sq = SetQueue()
    for x in (3, 3, 1):
        sq.put_nowait(x)
    print('set queue:', sq.qsize(), sorted([sq.get_nowait(), sq.get_nowait()]), sq.empty())
    try:
        sq.get_nowait()
    except asyncio.QueueEmpty:
        print('set queue: QueueEmpty')


asyncio.run(main())
