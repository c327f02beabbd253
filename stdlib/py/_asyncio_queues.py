"""asyncio's queues: Queue (first in, first out), LifoQueue, PriorityQueue, and the
QueueEmpty and QueueFull errors. The asyncio module imports this on first use of one of them.

They behave as CPython 3.11's asyncio.queues. A Queue whose class keeps Queue's storage
methods (_init, _get, _put and the size tests) takes short paths in put(), get(),
put_nowait() and get_nowait() that work on its _Fifo directly; other classes go through
their methods as CPython's Queue does.
"""

from _asyncio import _get_running_loop
from _asyncio_locks import Event, _Fifo, _LoopBoundMixin


class QueueEmpty(Exception):
    """get_nowait() found the queue empty."""
    __module__ = 'asyncio.queues'


class QueueFull(Exception):
    """put_nowait() found the queue full."""
    __module__ = 'asyncio.queues'


# The methods a subclass may override that the short paths stand in for.
_STORAGE_METHODS = ('_init', '_get', '_put', 'qsize', 'empty', 'full', 'put_nowait', 'get_nowait',
                    '_wakeup_next')


def _wake_first(waiters):
    # Wakes the oldest waiter of the _Fifo that is not done yet, dropping the done ones.
    front = waiters._front
    while True:
        if not front:
            if not waiters._back:
                return
            front = waiters._turn()
        waiter = front.pop()
        if not waiter.done():
            waiter.set_result(None)
            return


class Queue(_LoopBoundMixin):
    """A first-in, first-out queue for tasks.

    With maxsize > 0, put() waits while maxsize items are queued, until get() makes room;
    with maxsize <= 0 (the default) the queue is unbounded. task_done() and join() let a
    producer wait until every item put has been processed.
    """
    __module__ = 'asyncio.queues'

    # True for classes whose storage methods are Queue's own (see _STORAGE_METHODS).
    _plain = True

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._plain = all(getattr(cls, name) is getattr(Queue, name) for name in _STORAGE_METHODS)

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = _Fifo()       # futures of the tasks waiting in get()
        self._putters = _Fifo()       # futures of the tasks waiting in put()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    # Storage: subclasses may override these three.

    def _init(self, maxsize):
        self._queue = _Fifo()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        _wake_first(waiters)

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)

    def _format(self):
        text = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None):
            text += f' _queue={list(self._queue)!r}'
        if self._getters:
            text += f' _getters[{len(self._getters)}]'
        if self._putters:
            text += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            text += f' tasks={self._unfinished_tasks}'
        return text

    def qsize(self):
        """The number of items queued."""
        return len(self._queue)

    @property
    def maxsize(self):
        """The most items the queue holds (<= 0: no limit)."""
        return self._maxsize

    def empty(self):
        """True if no item is queued."""
        return not self._queue

    def full(self):
        """True if maxsize items are queued (never, for maxsize <= 0)."""
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        """Queues an item, first waiting for room if the queue is full."""
        if self._plain:
            queue = self._queue
            maxsize = self._maxsize
            if not (maxsize <= 0 or not len(queue._front) + len(queue._back) >= maxsize):
                putters = self._putters
                loop = _get_running_loop()
                if loop is not self._loop:
                    loop = self._get_loop()
                while True:
                    putter = loop.create_future()
                    putters._back.append(putter)
                    try:
                        await putter
                    except:
                        self._abandon(putter, putters, self.full)
                        raise
                    maxsize = self._maxsize
                    if maxsize <= 0 or not len(queue._front) + len(queue._back) >= maxsize:
                        break
            queue._back.append(item)
            self._unfinished_tasks += 1
            finished = self._finished
            if finished._value:
                finished._value = False
            getters = self._getters
            if getters._front or getters._back:
                _wake_first(getters)
            return None
        while self.full():
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except:
                self._abandon(putter, self._putters, self.full)
                raise
        return self.put_nowait(item)

    def _abandon(self, waiter, waiters, blocked):
        # A task waiting in put() or get() leaves with an exception (usually cancelled).
        waiter.cancel()  # not done yet if another exception came in
        try:
            waiters.remove(waiter)
        except ValueError:
            pass  # already taken out by the wake-up
        if not blocked() and not waiter.cancelled():
            # Woken for the room or the item made, but leaving: pass it on.
            self._wakeup_next(waiters)

    def put_nowait(self, item):
        """Queues an item at once; QueueFull if there is no room."""
        if self._plain:
            queue = self._queue
            maxsize = self._maxsize
            if not (maxsize <= 0 or not len(queue._front) + len(queue._back) >= maxsize):
                raise QueueFull
            queue._back.append(item)
            self._unfinished_tasks += 1
            finished = self._finished
            if finished._value:
                finished._value = False
            getters = self._getters
            if getters._front or getters._back:
                _wake_first(getters)
            return
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        """Takes the next item, first waiting for one if the queue is empty."""
        if self._plain:
            queue = self._queue
            front = queue._front
            if front:
                item = front.pop()
            else:
                if not queue._back:
                    getters = self._getters
                    loop = _get_running_loop()
                    if loop is not self._loop:
                        loop = self._get_loop()
                    while True:
                        getter = loop.create_future()
                        getters._back.append(getter)
                        try:
                            await getter
                        except:
                            self._abandon(getter, getters, self.empty)
                            raise
                        if queue._front or queue._back:
                            break
                    front = queue._front
                if front:
                    item = front.pop()
                else:
                    # A few items are cheaper to shift than to turn over.
                    back = queue._back
                    item = back.pop(0) if len(back) < 16 else queue._turn().pop()
            putters = self._putters
            if putters._front or putters._back:
                _wake_first(putters)
            return item
        while self.empty():
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except:
                self._abandon(getter, self._getters, self.empty)
                raise
        return self.get_nowait()

    def get_nowait(self):
        """Takes the next item at once; QueueEmpty if there is none."""
        if self._plain:
            queue = self._queue
            front = queue._front
            if front:
                item = front.pop()
            else:
                back = queue._back
                if not back:
                    raise QueueEmpty
                item = back.pop(0) if len(back) < 16 else queue._turn().pop()
            putters = self._putters
            if putters._front or putters._back:
                _wake_first(putters)
            return item
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        """Marks one item taken from the queue as processed: join() returns when every
        item put has been. ValueError if called more times than items were put."""
        unfinished = self._unfinished_tasks
        if unfinished <= 0:
            raise ValueError('task_done() called too many times')
        unfinished -= 1
        self._unfinished_tasks = unfinished
        if unfinished == 0:
            self._finished.set()

    async def join(self):
        """Waits until task_done() has been called for every item put."""
        if self._unfinished_tasks > 0:
            await self._finished.wait()


def _heappush(heap, item):
    # heapq is imported the first time a PriorityQueue stores an item.
    global _heappush, _heappop
    from heapq import heappush, heappop
    _heappush, _heappop = heappush, heappop
    heappush(heap, item)


def _heappop(heap):
    global _heappush, _heappop
    from heapq import heappush, heappop
    _heappush, _heappop = heappush, heappop
    return heappop(heap)


class PriorityQueue(Queue):
    """A Queue that hands out its smallest item first (entries are often
    (priority, data) tuples)."""
    __module__ = 'asyncio.queues'

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _heappush(self._queue, item)

    def _get(self):
        return _heappop(self._queue)


class LifoQueue(Queue):
    """A Queue that hands out the item put last first."""
    __module__ = 'asyncio.queues'

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
