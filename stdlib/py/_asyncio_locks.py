"""asyncio's synchronisation primitives: Lock, Event, Condition, Semaphore,
BoundedSemaphore and Barrier. The asyncio module imports this on first use of one of them.

They behave as CPython 3.11's asyncio.locks: waiters are served first come, first served,
and the messages, reprs and the order of wake-ups are the same. Waiting tasks wait on a
future of their own (a cancelled task then drops out alone), queued in a deque.
"""

from _asyncio import CancelledError as _CancelledError, _event_set, _event_wait, _get_running_loop
from _collections import deque
from asyncio import _is_coroutine


class BrokenBarrierError(RuntimeError):
    """A Barrier was aborted or reset while tasks waited on it."""
    __module__ = 'asyncio.exceptions'


def _first_pending(waiters):
    # The oldest future of `waiters` that is not done, or None.
    for fut in waiters:
        if not fut.done():
            return fut
    return None


def _all_cancelled(waiters):
    for fut in waiters:
        if not fut.cancelled():
            return False
    return True


class _LoopBoundMixin:
    # A primitive belongs to the loop that first makes it wait.
    __module__ = 'asyncio.mixins'
    _loop = None

    def _get_loop(self):
        loop = _get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop


class _ContextManagerMixin:
    # `async with primitive:` acquires it and releases it; `as` gets None.
    __module__ = 'asyncio.locks'

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin, _LoopBoundMixin):
    """A mutual exclusion lock for tasks: not owned by a task, released by any.

    acquire() waits while the lock is held; the tasks waiting get it in the order they
    asked for it. release() raises RuntimeError on a lock that is not held.
    `async with lock:` holds it for the duration of the block.
    """
    __module__ = 'asyncio.locks'

    # False in subclasses that override acquire(): see __aenter__.
    _own_acquire = True

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._own_acquire = cls.acquire is Lock.acquire

    def __init__(self):
        self._waiters = None
        self._locked = False

    async def __aenter__(self):
        # acquire()'s first case inline: a free lock nobody waits for needs no second
        # coroutine.
        if self._own_acquire and not self._locked:
            waiters = self._waiters
            if waiters is None or not waiters:
                self._locked = True
                return None
        await self.acquire()
        return None

    def __repr__(self):
        state = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            state += f', waiters:{len(self._waiters)}'
        base = super().__repr__()
        return f'<{base[1:-1]} [{state}]>'

    def locked(self):
        """True while the lock is held."""
        return self._locked

    async def acquire(self):
        """Waits until the lock is free, takes it and returns True.

        A free lock is taken at once, unless tasks are already waiting for it (a newcomer
        does not overtake them).
        """
        waiters = self._waiters
        if not self._locked and (waiters is None or not waiters
                                 or _all_cancelled(waiters)):
            self._locked = True
            return True
        if waiters is None:
            waiters = self._waiters = deque()
        loop = _get_running_loop()
        if loop is not self._loop:
            loop = self._get_loop()
        fut = loop.create_future()
        waiters.append(fut)
        try:
            try:
                await fut
            finally:
                waiters.remove(fut)
        except _CancelledError:
            # Woken and then cancelled before running: pass the turn on.
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        """Frees the lock and lets the first waiting task (if any) take it."""
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        waiters = self._waiters
        if waiters is not None and waiters:
            self._wake_up_first()

    def _wake_up_first(self):
        # Wakes the first waiter unless it is already done: a done one will run anyway,
        # and take the lock or pass it on.
        waiters = self._waiters
        if not waiters:
            return
        fut = waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event(_LoopBoundMixin):
    """A flag tasks can wait for: set() wakes every task in wait(), and later waits
    return at once until clear() lowers the flag again."""
    __module__ = 'asyncio.locks'

    def __init__(self):
        self._waiters = deque()
        self._value = False

    def __repr__(self):
        state = 'set' if self._value else 'unset'
        if self._waiters:
            state += f', waiters:{len(self._waiters)}'
        base = super().__repr__()
        return f'<{base[1:-1]} [{state}]>'

    def is_set(self):
        """True if the flag is set."""
        return self._value

    def set(self):
        """Sets the flag and wakes every waiting task."""
        if self._value:
            return
        self._value = True
        _event_set(self)

    def clear(self):
        """Lowers the flag: wait() blocks again until the next set()."""
        self._value = False

    def wait(self):
        """Returns True once the flag is set (at once if it is set now)."""
        # A native coroutine that is also the future it waits on: most of what a waiting
        # task costs (stdlib/asyncio/event_wait.cpp).
        return _event_wait(self)

    wait._is_coroutine = _is_coroutine  # for asyncio.iscoroutinefunction


class Condition(_ContextManagerMixin, _LoopBoundMixin):
    """A condition variable: tasks holding its lock wait() until another task holding it
    calls notify() or notify_all(). The lock is a new Lock unless one is given."""
    __module__ = 'asyncio.locks'

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        # The lock's own methods, as attributes of the condition.
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = deque()

    def __repr__(self):
        state = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            state += f', waiters:{len(self._waiters)}'
        base = super().__repr__()
        return f'<{base[1:-1]} [{state}]>'

    async def wait(self):
        """Releases the lock, waits to be notified, takes the lock back and returns True.

        The lock is held again when this returns or raises, even if the task was cancelled
        while waiting (the cancellation is raised once the lock is back).
        """
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = self._get_loop().create_future()
            waiters = self._waiters
            waiters.append(fut)
            try:
                await fut
                return True
            finally:
                waiters.remove(fut)
        finally:
            interrupted = False
            while True:
                try:
                    await self.acquire()
                except _CancelledError:
                    interrupted = True
                else:
                    break
            if interrupted:
                raise _CancelledError

    async def wait_for(self, predicate):
        """Waits until predicate() is true; returns its last value."""
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        """Wakes up to n waiting tasks (the lock must be held). They return from wait()
        once they get the lock back, after the caller releases it."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        """Wakes every waiting task (the lock must be held)."""
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, _LoopBoundMixin):
    """A counter of free slots: acquire() takes one, waiting while there is none;
    release() gives one back, waking the first waiting task. The count starts at
    `value` (default 1), which may not be negative."""
    __module__ = 'asyncio.locks'

    # False in subclasses that override acquire() or locked(): see __aenter__.
    _own_acquire = True

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._own_acquire = cls.acquire is Semaphore.acquire and cls.locked is Semaphore.locked

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._waiters = None
        self._value = value

    async def __aenter__(self):
        # acquire()'s first case inline: a free slot nobody waits for needs no second
        # coroutine.
        if self._own_acquire:
            value = self._value
            if value != 0:
                waiters = self._waiters
                if waiters is None or not waiters:
                    self._value = value - 1
                    return None
        await self.acquire()
        return None

    def __repr__(self):
        state = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        if self._waiters:
            state += f', waiters:{len(self._waiters)}'
        base = super().__repr__()
        return f'<{base[1:-1]} [{state}]>'

    def locked(self):
        """True if acquire() would have to wait."""
        if self._value == 0:
            return True
        waiters = self._waiters
        if waiters is None or not waiters:
            return False
        return not _all_cancelled(waiters)

    async def acquire(self):
        """Takes a slot, waiting for one if none is free; returns True."""
        if not self.locked():
            self._value -= 1
            return True
        waiters = self._waiters
        if waiters is None:
            waiters = self._waiters = deque()
        fut = self._get_loop().create_future()
        waiters.append(fut)
        try:
            try:
                await fut
            finally:
                waiters.remove(fut)
        except _CancelledError:
            # Woken (given a slot) but cancelled before running: give the slot back.
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        """Gives a slot back, waking the first waiting task."""
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        # Hands a slot to the first waiter that is not done yet.
        waiters = self._waiters
        if not waiters:
            return
        fut = _first_pending(waiters)
        if fut is not None:
            self._value -= 1
            fut.set_result(True)


class BoundedSemaphore(Semaphore):
    """A Semaphore whose release() raises ValueError rather than go above the initial
    value."""
    __module__ = 'asyncio.locks'

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class _BarrierState:
    # The four states of a Barrier (an enum in CPython, without importing enum here).
    __module__ = 'asyncio.locks'
    __slots__ = ('_name_', '_value_')

    def __init__(self, name, value):
        self._name_ = name
        self._value_ = value

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return f'<_BarrierState.{self._name_}: {self._value_!r}>'

    def __str__(self):
        return f'_BarrierState.{self._name_}'

    def __reduce_ex__(self, protocol):
        return getattr, (_BarrierState, self._name_)


_FILLING = _BarrierState.FILLING = _BarrierState('FILLING', 'filling')
_DRAINING = _BarrierState.DRAINING = _BarrierState('DRAINING', 'draining')
_RESETTING = _BarrierState.RESETTING = _BarrierState('RESETTING', 'resetting')
_BROKEN = _BarrierState.BROKEN = _BarrierState('BROKEN', 'broken')


class Barrier(_LoopBoundMixin):
    """Holds tasks in wait() until `parties` of them are waiting, then lets them all go
    (wait() returns each its index, 0 to parties-1) and fills up again. abort() breaks
    it: waiting tasks and later ones get BrokenBarrierError, until reset()."""
    __module__ = 'asyncio.locks'

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        state = self._state.value
        if not self.broken:
            state += f', waiters:{self.n_waiting}/{self.parties}'
        base = super().__repr__()
        return f'<{base[1:-1]} [{state}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        """Waits for the barrier to fill; returns this task's index (0 to parties-1)."""
        async with self._cond:
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    await self._release()
                else:
                    await self._wait()
                return index
            finally:
                self._count -= 1
                self._exit()

    async def _block(self):
        # Waits while the previous round drains or a reset completes; a broken barrier
        # fails at once.
        await self._cond.wait_for(lambda: self._state is not _DRAINING and self._state is not _RESETTING)
        if self._state is _BROKEN:
            raise BrokenBarrierError('Barrier aborted')

    async def _release(self):
        # The last party arrived: everybody leaves.
        self._state = _DRAINING
        self._cond.notify_all()

    async def _wait(self):
        # Waits for the last party, or for an abort or a reset.
        await self._cond.wait_for(lambda: self._state is not _FILLING)
        if self._state is _BROKEN or self._state is _RESETTING:
            raise BrokenBarrierError('Abort or reset of barrier')

    def _exit(self):
        # The last task to leave refills the barrier and wakes those blocked meanwhile.
        if self._count == 0:
            if self._state is _RESETTING or self._state is _DRAINING:
                self._state = _FILLING
            self._cond.notify_all()

    async def reset(self):
        """Returns the barrier to its initial state; tasks waiting in it get
        BrokenBarrierError."""
        async with self._cond:
            if self._count > 0:
                if self._state is not _RESETTING:
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    async def abort(self):
        """Breaks the barrier: tasks waiting in it, and those that call wait() until the
        next reset(), get BrokenBarrierError."""
        async with self._cond:
            self._state = _BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        """How many tasks the barrier waits for."""
        return self._parties

    @property
    def n_waiting(self):
        """How many tasks are waiting for it to fill."""
        if self._state is _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        """True once abort() broke the barrier (until reset())."""
        return self._state is _BROKEN
