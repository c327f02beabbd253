"""asyncio's queues: Queue (first in, first out), LifoQueue, PriorityQueue, and the
QueueEmpty and QueueFull errors. The asyncio module imports this on first use of one of them.

They behave as CPython 3.11's asyncio.queues. put(), get(), put_nowait(), get_nowait() and
task_done() are native (stdlib/asyncio/queue.cpp) for a Queue whose class keeps Queue's
storage methods (_init, _get, _put, the size tests, see _STORAGE_METHODS); other classes go
through their methods, with CPython's code below.
"""

from _asyncio import _queue_methods, _set_hooks
from _asyncio_locks import Event, _LoopBoundMixin
from _collections import deque


class QueueEmpty(Exception):
    """get_nowait() found the queue empty."""
    __module__ = 'asyncio.queues'


class QueueFull(Exception):
    """put_nowait() found the queue full."""
    __module__ = 'asyncio.queues'


# The methods a subclass may override that the native methods stand in for.
_STORAGE_METHODS = ('_init', '_get', '_put', 'qsize', 'empty', 'full', 'put_nowait', 'get_nowait',
                    '_wakeup_next', '__getattribute__', '__setattr__')


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
        self._getters = deque()       # futures of the tasks waiting in get()
        self._putters = deque()       # futures of the tasks waiting in put()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    # Storage: subclasses may override these three.

    def _init(self, maxsize):
        self._queue = deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        # Wakes the oldest waiter that is not done yet, dropping the done ones.
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

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
        while self.full():
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except:
                self._abandon(putter, self._putters, self.full)
                raise
        return self.put_nowait(item)

    # put() is native (taken below, from stdlib/asyncio/queue.cpp): it calls the coroutine
    # above for other queues, and for loops with futures of their own.
    _put_coro = put

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
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    _put_nowait_py = put_nowait

    async def get(self):
        """Takes the next item, first waiting for one if the queue is empty."""
        while self.empty():
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except:
                self._abandon(getter, self._getters, self.empty)
                raise
        return self.get_nowait()

    _get_coro = get

    def get_nowait(self):
        """Takes the next item at once; QueueEmpty if there is none."""
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    _get_nowait_py = get_nowait

    async def join(self):
        """Waits until task_done() has been called for every item put."""
        if self._unfinished_tasks > 0:
            await self._finished.wait()


for _name, _method in _queue_methods(Queue).items():
    setattr(Queue, _name, _method)
del _name, _method
_set_hooks(queue_empty=QueueEmpty, queue_full=QueueFull)


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
