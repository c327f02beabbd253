"""Krait's asyncio: the event loop, futures and tasks are native (the _asyncio module);
this module adds what reads best in Python, following CPython 3.11's asyncio for names,
behaviour, ordering and messages. The synchronisation primitives, queues and streams live
in their own modules (_asyncio_locks, _asyncio_queues, _asyncio_streams), imported on first
use, so that `import asyncio` stays cheap.
"""

import sys
import _asyncio
from _asyncio import (CancelledError, InvalidStateError, Future, Task, Handle, TimerHandle,
                      get_running_loop, _get_running_loop, _set_running_loop, current_task)

TimeoutError = TimeoutError

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_LAZY = {
    '_asyncio_locks': ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier',
                       'BrokenBarrierError'),
    '_asyncio_queues': ('Queue', 'LifoQueue', 'PriorityQueue', 'QueueEmpty', 'QueueFull'),
    '_asyncio_streams': ('StreamReader', 'StreamWriter', 'StreamReaderProtocol', 'open_connection',
                         'start_server', 'Server', 'IncompleteReadError', 'LimitOverrunError',
                         'open_unix_connection', 'start_unix_server', 'AbstractServer',
                         'BaseProtocol', 'Protocol', 'BufferedProtocol', 'DatagramProtocol',
                         'SubprocessProtocol', 'BaseTransport', 'ReadTransport', 'WriteTransport',
                         'Transport', 'DatagramTransport', 'SubprocessTransport'),
}


def __getattr__(name):
    for module, names in _LAZY.items():
        if name in names:
            mod = __import__(module)
            value = getattr(mod, name)
            globals()[name] = value
            return value
    raise AttributeError(f"module 'asyncio' has no attribute '{name}'")


class SendfileNotAvailableError(RuntimeError):
    """Sendfile syscall is not available."""
    __module__ = 'asyncio.exceptions'


# ---- helpers for reprs (CPython's format_helpers, base_futures, base_tasks) ----

def _trunc(text, limit=30):
    if len(text) > limit:
        i = max(0, (limit - 3) // 2)
        j = max(0, limit - 3 - i)
        text = text[:i] + '...' + text[len(text) - j:]
    return text


def _short_repr(obj):
    # reprlib.repr's limits for the values asyncio shows.
    if isinstance(obj, str):
        return _trunc(repr(obj[:30]) if len(obj) > 30 else repr(obj))
    if isinstance(obj, int):
        return _trunc(repr(obj), 40)
    if isinstance(obj, (list, tuple, set, frozenset, dict)):
        try:
            return _container_repr(obj, 2)
        except Exception:
            pass
    return _trunc(repr(obj))


def _container_repr(obj, level):
    if isinstance(obj, dict):
        if not obj:
            return '{}'
        if level <= 0:
            return '{...}'
        items = list(obj.items())
        parts = [f'{_level_repr(k, level - 1)}: {_level_repr(v, level - 1)}' for k, v in items[:4]]
        if len(items) > 4:
            parts.append('...')
        return '{' + ', '.join(parts) + '}'
    if isinstance(obj, list):
        left, right, limit = '[', ']', 6
    elif isinstance(obj, tuple):
        left, right, limit = '(', ')', 6
        if len(obj) == 1:
            right = ',)'
    else:
        if not obj:
            return type(obj).__name__ + '()'
        left, right, limit = ('{', '}', 6) if type(obj) is set else ('frozenset({', '})', 6)
        obj = sorted(obj, key=repr) if False else list(obj)
    if not obj:
        return left + right
    if level <= 0:
        return left + '...' + right
    parts = [_level_repr(x, level - 1) for x in list(obj)[:limit]]
    if len(obj) > limit:
        parts.append('...')
    return left + ', '.join(parts) + right


def _level_repr(obj, level):
    if isinstance(obj, (list, tuple, set, frozenset, dict)):
        return _container_repr(obj, level)
    return _short_repr(obj)


def _function_source(func):
    while hasattr(func, '__wrapped__'):
        func = func.__wrapped__
    code = getattr(func, '__code__', None)
    if code is not None and type(func).__name__ == 'function':
        return code.co_filename, code.co_firstlineno
    inner = getattr(func, 'func', None)
    if inner is not None and type(func).__name__ in ('partial', 'partialmethod'):
        return _function_source(inner)
    return None


def _format_args(args, kwargs):
    items = []
    if args:
        items.extend(_short_repr(arg) for arg in args)
    if kwargs:
        items.extend(f'{k}={_short_repr(v)}' for k, v in kwargs.items())
    return '(' + ', '.join(items) + ')'


def _format_callback(func, args, kwargs, suffix=''):
    if type(func).__name__ == 'partial' and hasattr(func, 'func'):
        suffix = _format_args(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    if isinstance(func, Task):
        return 'Task.task_wakeup' + _format_args(args, kwargs) + suffix
    qualname = getattr(func, '__qualname__', None)
    name = getattr(func, '__name__', None)
    text = qualname if qualname else name if name else repr(func)
    return text + _format_args(args, kwargs) + suffix


def _format_callback_source(func, args):
    text = _format_callback(func, args, None)
    source = _function_source(func)
    if source:
        text += f' at {source[0]}:{source[1]}'
    return text


def _format_callbacks(cbs):
    size = len(cbs)
    fmt = lambda cb: _format_callback_source(cb[0], ())
    if size == 1:
        text = fmt(cbs[0])
    elif size == 2:
        text = f'{fmt(cbs[0])}, {fmt(cbs[1])}'
    elif size > 2:
        text = f'{fmt(cbs[0])}, <{size - 2} more>, {fmt(cbs[-1])}'
    else:
        text = ''
    return f'cb=[{text}]'


def _future_repr_info(fut):
    state = fut._state
    info = [state.lower()]
    if state == 'FINISHED':
        if fut._exception is not None:
            info.append(f'exception={fut._exception!r}')
        else:
            info.append(f'result={_short_repr(fut._result)}')
    if fut._callbacks:
        info.append(_format_callbacks(fut._callbacks))
    return info


def _future_repr(fut):
    return f'<{fut.__class__.__name__} {" ".join(_future_repr_info(fut))}>'


def _format_coroutine(coro):
    qualname = getattr(coro, '__qualname__', None)
    name = qualname if qualname else getattr(coro, '__name__', None)
    name = f'{name}()' if name else f'<{type(coro).__name__} without __name__>()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if not code:
        running = getattr(coro, 'cr_running', getattr(coro, 'gi_running', False))
        return f'{name} running' if running else name
    frame = getattr(coro, 'gi_frame', None) or getattr(coro, 'cr_frame', None)
    filename = code.co_filename or '<empty co_filename>'
    if frame is not None:
        return f'{name} running at {filename}:{frame.f_lineno}'
    return f'{name} done, defined at {filename}:{code.co_firstlineno}'


def _task_repr(task):
    info = _future_repr_info(task)
    if task._must_cancel:
        info[0] = 'cancelling'
    info.insert(1, f'name={task.get_name()!r}')
    info.insert(2, f'coro=<{_format_coroutine(task._coro)}>')
    waiter = task._fut_waiter
    if waiter is not None:
        # The coroutines of Event.wait, Queue.get and Queue.put are the future the task waits
        # on (see _asyncio): show them as one.
        text = f'<Future {" ".join(_future_repr_info(waiter))}>' if type(waiter) in _asyncio._wait_types else repr(waiter)
        info.insert(3, f'wait_for={text}')
    return f'<{task.__class__.__name__} {" ".join(info)}>'


def _task_get_stack(task, limit):
    # A suspended coroutine's frames, innermost last; a finished task's, the traceback of
    # its exception. limit keeps the innermost frames of a running coroutine and the
    # outermost of a traceback, as CPython does.
    frames = []
    coro = task._coro
    frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None) or getattr(coro, 'ag_frame', None)
    if frame is not None:
        while frame is not None and (limit is None or len(frames) < limit):
            frames.append(frame)
            frame = frame.f_back
        frames.reverse()
    elif task._exception is not None:
        tb = task._exception.__traceback__
        while tb is not None and (limit is None or len(frames) < limit):
            frames.append(tb.tb_frame)
            tb = tb.tb_next
    return frames


def _task_print_stack(task, limit, file):
    import linecache
    import traceback
    entries = []
    for frame in task.get_stack(limit=limit):
        code = frame.f_code
        line = linecache.getline(code.co_filename, frame.f_lineno, frame.f_globals)
        entries.append((code.co_filename, frame.f_lineno, code.co_name, line))
    if file is None:
        file = sys.stderr
    exc = task._exception
    if not entries:
        print(f'No stack for {task!r}', file=file)
    elif exc is not None:
        print(f'Traceback for {task!r} (most recent call last):', file=file)
    else:
        print(f'Stack for {task!r} (most recent call last):', file=file)
    traceback.print_list(entries, file=file)
    if exc is not None:
        for line in traceback.format_exception_only(type(exc), exc):
            print(line, file=file, end='')

def _handle_repr(handle):
    info = [handle.__class__.__name__]
    if handle._cancelled:
        info.append('cancelled')
    if isinstance(handle, TimerHandle):
        info.append(f'when={handle._when}')
    if handle._callback is not None:
        info.append(_format_callback_source(handle._callback, handle._args))
    return f'<{" ".join(info)}>'


def _callback_error(target, arg, exc):
    # An exception escaped a callback the loop ran: Handle._run's report.
    if isinstance(target, Handle):
        handle = target
    else:
        args = () if arg is None else (arg,)
        func = getattr(target, '_Task__step', target) if isinstance(target, Task) else target
        handle = Handle(func, args, get_event_loop())
    cb = _format_callback_source(handle._callback, handle._args) if handle._callback is not None else repr(handle)
    handle._loop.call_exception_handler({
        'message': f'Exception in callback {cb}',
        'exception': exc,
        'handle': handle,
    })


# ---- the loop ----

def _format_exception(exc):
    import traceback
    return ''.join(traceback.format_exception(type(exc), exc, exc.__traceback__))


class AbstractEventLoop:
    """Abstract event loop."""


class BaseEventLoop(_asyncio._Loop, AbstractEventLoop):

    def __init__(self):
        self._task_factory = None
        self._asyncgens = None
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False
        self.slow_callback_duration = 0.1

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    def _check_closed(self):
        if self.is_closed():
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            return Task(coro, loop=self, name=name, context=context)
        if context is None:
            task = self._task_factory(self, coro)
        else:
            task = self._task_factory(self, coro, context=context)
        if name is not None:
            task.set_name(name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def run_forever(self):
        self._check_closed()
        self._check_running()
        # _run installs the async generator hooks and the running loop for its duration.
        self._run()

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def run_once(self, timeout=0):
        """Runs one iteration of the loop, for a host that drives it from its own main loop
        (a Krait extension). When nothing is ready it waits for I/O or the next timer at most
        `timeout` seconds (None: as long as that takes)."""
        self._check_closed()
        self._check_running()
        self._run_once(timeout)

    def next_deadline(self):
        """When (in loop.time()) the loop next has work: now if callbacks are ready, the
        earliest timer otherwise, None if nothing is scheduled."""
        return self._next_deadline()

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self.is_closed():
            return
        self._close()

    def __del__(self):
        pass

    # async generators (PEP 525): the loop finalizes those left unfinished.

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens is None:
            self._asyncgens = []
        self._asyncgens.append(agen)

    def _asyncgen_finalizer_hook(self, agen):
        if self._asyncgens is not None and agen in self._asyncgens:
            self._asyncgens.remove(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        self._asyncgens_shutdown_called = True
        agens = self._asyncgens
        if not agens:
            return
        self._asyncgens = []
        closing = [ag.aclose() for ag in agens if ag.ag_frame is not None or not ag.ag_running]
        results = await gather(*closing, return_exceptions=True)
        for result, agen in zip(results, agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self):
        self._executor_shutdown_called = True

    # errors

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key in {'message', 'exception'}:
                continue
            lines.append(f'{key}: {context[key]!r}')
        text = '\n'.join(lines)
        exception = context.get('exception')
        if exception is not None:
            tb = _format_exception(exception)
            text += '\n' + (tb[:-1] if tb.endswith('\n') else tb)
        sys.stderr.write(text + '\n')

    def call_exception_handler(self, context):
        handler = self._exception_handler
        if handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                sys.stderr.write('Exception in default exception handler\n' + _format_exception(exc))
            return
        try:
            handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                sys.stderr.write('Exception in default exception handler while handling an unexpected '
                                 'error in custom exception handler\n')

    # streams and sockets (defined with the streams module)

    async def create_connection(self, *args, **kwargs):
        return await __import__('_asyncio_streams')._create_connection(self, *args, **kwargs)

    async def create_server(self, *args, **kwargs):
        return await __import__('_asyncio_streams')._create_server(self, *args, **kwargs)

    # Importing _asyncio_streams replaces these stubs with its own functions on this class.

    def sock_recv(self, sock, nbytes):
        return __import__('_asyncio_streams').sock_recv(self, sock, nbytes)

    def sock_recv_into(self, sock, buf):
        return __import__('_asyncio_streams').sock_recv_into(self, sock, buf)

    def sock_sendall(self, sock, data):
        return __import__('_asyncio_streams').sock_sendall(self, sock, data)

    def sock_connect(self, sock, address):
        return __import__('_asyncio_streams').sock_connect(self, sock, address)

    def sock_accept(self, sock):
        return __import__('_asyncio_streams').sock_accept(self, sock)

    def getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
        return __import__('_asyncio_streams').getaddrinfo(self, host, port, family=family, type=type,
                                                          proto=proto, flags=flags)

    def connect_accepted_socket(self, *args, **kwargs):
        return __import__('_asyncio_streams').connect_accepted_socket(self, *args, **kwargs)

    def create_unix_connection(self, *args, **kwargs):
        return __import__('_asyncio_streams').create_unix_connection(self, *args, **kwargs)

    def create_unix_server(self, *args, **kwargs):
        return __import__('_asyncio_streams').create_unix_server(self, *args, **kwargs)


class _UnixSelectorEventLoop(BaseEventLoop):
    pass


SelectorEventLoop = _UnixSelectorEventLoop
EventLoop = _UnixSelectorEventLoop


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # The loop stops on these by itself (they escape its run).
            return
    fut.get_loop().stop()


# ---- the policy: which loop get_event_loop() returns outside a running loop ----

class AbstractEventLoopPolicy:
    """Abstract policy for accessing the event loop."""


class _UnixDefaultEventLoopPolicy(AbstractEventLoopPolicy):

    def __init__(self):
        self._loop = None
        self._set_called = False

    def get_event_loop(self):
        if self._loop is None and not self._set_called:
            self.set_event_loop(self.new_event_loop())
        if self._loop is None:
            raise RuntimeError("There is no current event loop in thread 'MainThread'.")
        return self._loop

    def set_event_loop(self, loop):
        self._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
        self._loop = loop

    def new_event_loop(self):
        return _UnixSelectorEventLoop()


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy  # CPython's name for it on Unix


_policy = None


def get_event_loop_policy():
    global _policy
    if _policy is None:
        _policy = DefaultEventLoopPolicy()
    return _policy


def set_event_loop_policy(policy):
    global _policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not '{type(policy).__name__}'")
    _policy = policy


def get_event_loop():
    loop = _get_running_loop()
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


_get_event_loop = get_event_loop


# ---- futures and tasks ----

def isfuture(obj):
    return hasattr(obj.__class__, '_asyncio_future_blocking') and obj._asyncio_future_blocking is not None


def iscoroutinefunction(func):
    code = getattr(func, '__code__', None)
    if code is not None and code.co_flags & 0x80:
        return True
    return getattr(func, '_is_coroutine', None) is _is_coroutine or _asyncio._is_coroutine_method(func)


_is_coroutine = object()


def iscoroutine(obj):
    # 3.11 still counts generators (generator-based coroutines).
    if type(obj).__name__ in ('coroutine', 'generator'):
        return True
    cls = type(obj)
    return all(hasattr(cls, name) for name in ('send', 'throw', 'close', '__await__'))


def _isawaitable(obj):
    return iscoroutine(obj) or hasattr(type(obj), '__await__') or (
        type(obj).__name__ == 'generator' and obj.gi_code.co_flags & 0x100)


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in _asyncio._pending_tasks() if t.get_loop() is loop and not t.done()}


def ensure_future(coro_or_future, *, loop=None):
    return _ensure_future(coro_or_future, loop=loop)


def _ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future.get_loop():
            raise ValueError('The future belongs to a different loop than the one specified as the loop argument')
        return coro_or_future
    wrapped = False
    if not iscoroutine(coro_or_future):
        if _isawaitable(coro_or_future):
            coro_or_future = _wrap_awaitable(coro_or_future)
            wrapped = True
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not wrapped:
            coro_or_future.close()
        raise


async def _wrap_awaitable(awaitable):
    return await awaitable


def create_task(coro, *, name=None, context=None):
    loop = get_running_loop()
    # As in 3.11, the task is made unnamed (taking a number) and renamed.
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    if name is not None:
        task.set_name(name)
    return task


class _Sleep0:
    __slots__ = ()

    def __await__(self):
        return iter(_YIELD_ONCE)


_YIELD_ONCE = (None,)
_sleep0 = _Sleep0()


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


async def sleep(delay, result=None):
    if delay <= 0:
        await _sleep0
        return result
    loop = get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


class _GatheringFuture(Future):

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    nfinished = 0
    outer = None

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if nfinished == nfuts:
            results = []
            for child in children:
                if child.cancelled():
                    msg = child._cancel_message
                    res = CancelledError('' if msg is None else msg)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    arg_to_fut = {}
    children = []
    nfuts = 0
    loop = None
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = _ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            if fut is not arg:
                fut._log_destroy_pending = False
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):
    inner = _ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


class _ReleaseWaiter:
    """A done callback that wakes `waiter` (functools.partial(_release_waiter, waiter))."""
    __slots__ = ('waiter',)
    __qualname__ = '_release_waiter'

    def __init__(self, waiter):
        self.waiter = waiter

    def __call__(self, *args):
        if not self.waiter.done():
            self.waiter.set_result(None)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()
    cb = _ReleaseWaiter(waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = _ReleaseWaiter(waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    # A generator, as in 3.11: nothing happens, not even the type check, until first use.
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    from _asyncio_queues import Queue
    done = Queue()
    loop = get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


def run_coroutine_threadsafe(coro, loop):
    raise NotImplementedError('Krait has no threads')


# ---- timeouts ----

class _TimeoutState:
    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value


_CREATED = _TimeoutState('created')
_ENTERED = _TimeoutState('active')
_EXPIRING = _TimeoutState('expiring')
_EXPIRED = _TimeoutState('expired')
_EXITED = _TimeoutState('finished')


class Timeout:

    def __init__(self, when):
        self._state = _CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state is not _ENTERED:
            if self._state is _CREATED:
                raise RuntimeError('Timeout has not been entered')
            raise RuntimeError(f'Cannot change state of {self._state.value} Timeout')
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state is _EXPIRING or self._state is _EXPIRED

    def __repr__(self):
        info = ['']
        if self._state is _ENTERED:
            when = round(self._when, 3) if self._when is not None else None
            info.append(f'when={when}')
        return f'<Timeout [{self._state.value}]{" ".join(info)}>'

    async def __aenter__(self):
        if self._state is not _CREATED:
            raise RuntimeError('Timeout has already been entered')
        task = current_task()
        if task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._state = _ENTERED
        self._task = task
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        assert self._state is _ENTERED or self._state is _EXPIRING
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state is _EXPIRING:
            self._state = _EXPIRED
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state is _ENTERED:
            self._state = _EXITED
        return None

    def _on_timeout(self):
        assert self._state is _ENTERED
        self._task.cancel()
        self._state = _EXPIRING
        self._timeout_handler = None


def timeout(delay):
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


# ---- task groups ----

class TaskGroup:

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = set()
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append(f'tasks={len(self._tasks)}')
        if self._errors:
            info.append(f'errors={len(self._errors)}')
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        return f'<TaskGroup{" ".join(info)}>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has already been entered')
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task()
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        propagate_cancellation_error = exc if et is CancelledError else None
        if self._parent_cancel_requested:
            if self._parent_task.uncancel() == 0:
                propagate_cancellation_error = None
        if et is not None:
            if not self._aborting:
                self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            try:
                me = BaseExceptionGroup('unhandled errors in a TaskGroup', self._errors)
                raise me from None
            finally:
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has not been entered')
        if self._exiting and not self._tasks:
            raise RuntimeError(f'TaskGroup {self!r} is finished')
        if self._aborting:
            raise RuntimeError(f'TaskGroup {self!r} is shutting down')
        if context is None:
            task = self._loop.create_task(coro)
        else:
            task = self._loop.create_task(coro, context=context)
        if name is not None:
            task.set_name(name)
        if task.done():
            self._on_task_done(task)
        else:
            self._tasks.add(task)
            task.add_done_callback(self._on_task_done)
        return task

    def _is_base_error(self, exc):
        assert isinstance(exc, BaseException)
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent task {self._parent_task} is already completed',
                'exception': exc,
                'task': task,
            })
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


# ---- running a program ----

class Runner:

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = 'created'
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._context = None
        self._interrupt_count = 0
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    # run() and close() go through _end_on_stop: on an interrupt from the host, which runs no
    # handler, it ends the loop natively instead (its tasks are closed, the loop too).

    def close(self):
        if self._state != 'initialized':
            return
        _asyncio._end_on_stop(self, self._close)

    def _close(self):
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = 'closed'

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError(f'a coroutine was expected, got {coro!r}')
        if _get_running_loop() is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._lazy_init()
        if context is None:
            context = self._context
        return _asyncio._end_on_stop(self, self._run_task, coro, context)

    def _run_task(self, coro, context):
        task = self._loop.create_task(coro, context=context)
        self._interrupt_count = 0
        try:
            return self._loop.run_until_complete(task)
        except CancelledError:
            if self._interrupt_count > 0:
                if task.uncancel() == 0:
                    raise KeyboardInterrupt()
            raise
        finally:
            # CPython frees what the main coroutine held as it returns, and a task whose
            # exception nobody retrieved is reported there; collecting now reports it
            # before run() returns or its exception is printed, not at exit.
            import gc
            gc.collect()

    def _lazy_init(self):
        if self._state == 'closed':
            raise RuntimeError('Runner is closed')
        if self._state == 'initialized':
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._context = _copy_context()
        self._state = 'initialized'


def _copy_context():
    import _contextvars
    return _contextvars.copy_context()


def run(main, *, debug=None):
    if _get_running_loop() is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    runner = Runner(debug=debug)
    return _asyncio._end_on_stop(runner, _run_with, runner, main)


def _run_with(runner, main):
    with runner:
        return runner.run(main)


def _cancel_all_tasks(loop):
    to_cancel = all_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


# CPython's asyncio is a package; programs import its submodules (`asyncio.exceptions`,
# `from asyncio.tasks import Task`). Here each is a module whose names come from this one.
__path__ = []


def _submodule(name):
    module = type(sys)('asyncio.' + name)
    module.__getattr__ = lambda attr: getattr(sys.modules['asyncio'], attr)
    sys.modules['asyncio.' + name] = module
    globals()[name] = module


for _name in ('base_events', 'coroutines', 'events', 'exceptions', 'futures', 'locks', 'mixins',
              'queues', 'runners', 'streams', 'taskgroups', 'tasks', 'timeouts'):
    _submodule(_name)
del _name

_asyncio._set_hooks(future_repr=_future_repr, task_repr=_task_repr, handle_repr=_handle_repr,
                    callback_error=_callback_error, get_event_loop=get_event_loop,
                    create_future=BaseEventLoop.create_future, task_get_stack=_task_get_stack,
                    task_print_stack=_task_print_stack)
