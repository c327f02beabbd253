"""Utilities for with-statement contexts (Krait's own implementation of the contextlib API)."""
import sys
from functools import wraps

__all__ = ['asynccontextmanager', 'contextmanager', 'closing', 'nullcontext', 'suppress', 'ExitStack',
           'AsyncExitStack', 'redirect_stdout', 'redirect_stderr', 'AbstractContextManager',
           'AbstractAsyncContextManager', 'ContextDecorator', 'AsyncContextDecorator', 'aclosing', 'chdir']


class AbstractContextManager:
    """An abstract base class for context managers."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            if any('__enter__' in B.__dict__ for B in C.__mro__) and \
               any('__exit__' in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


class AbstractAsyncContextManager:
    """An abstract base class for asynchronous context managers."""

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            if any('__aenter__' in B.__dict__ for B in C.__mro__) and \
               any('__aexit__' in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


class ContextDecorator:
    """A base class that lets a context manager also decorate functions."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class AsyncContextDecorator:
    """A base class that lets an asynchronous context manager also decorate coroutine
    functions."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return inner


class _GeneratorContextManagerBase:
    """What the two generator-based context managers share: the generator, made at once,
    and what a decorator needs to make a fresh one for each call."""

    def __init__(self, func, args, kwds):
        self.func, self.args, self.kwds = func, args, kwds
        self.gen = func(*args, **kwds)
        self.__doc__ = getattr(func, '__doc__', None) or type(self).__doc__

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)


def _is_own_exception(err, value):
    """Whether `err`, raised by the generator after `value` was thrown into it, is the block's
    own exception coming back (or PEP 479's RuntimeError wrapped around it)."""
    if err is value:
        return True
    return (isinstance(err, RuntimeError) and isinstance(value, (StopIteration, StopAsyncIteration))
            and err.__cause__ is value)


class _GeneratorContextManager(_GeneratorContextManagerBase, ContextDecorator, AbstractContextManager):
    """What @contextmanager makes of a generator function: the code before the yield is
    __enter__, the code after it __exit__, and an exception from the block is thrown in."""

    def __enter__(self):
        # One use only: what a decorator needs to make a fresh one goes (a second `with` on
        # the same object fails as in CPython, with AttributeError).
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as stop:
            # The generator caught the exception and finished: it is suppressed (unless the
            # block's own StopIteration is what ended the generator).
            return stop is not value
        except BaseException as err:
            # The block's own exception coming back is not suppressed: `with` re-raises it.
            if _is_own_exception(err, value):
                if err is value:
                    err.__traceback__ = traceback
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase, AsyncContextDecorator,
                                    AbstractAsyncContextManager):
    """What @asynccontextmanager makes of an async generator function: __aenter__ runs it to
    its yield, __aexit__ on to its end, throwing in an exception from the block."""

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as stop:
            return stop is not value
        except BaseException as err:
            if _is_own_exception(err, value):
                if err is value:
                    err.__traceback__ = traceback
                return False
            raise
        raise RuntimeError("generator didn't stop after athrow()")


def contextmanager(func):
    """@contextmanager decorator: a generator that yields once becomes a context manager."""
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


def asynccontextmanager(func):
    """@asynccontextmanager decorator: an async generator that yields once becomes an
    asynchronous context manager."""
    @wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Context to automatically close something at the end of a block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Async context manager that awaits thing.aclose() at the end of the block."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Context manager that does no additional processing."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class suppress(AbstractContextManager):
    """Context manager to suppress specified exceptions."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        if issubclass(exctype, self._exceptions):
            return True
        if issubclass(exctype, BaseExceptionGroup):
            match, rest = excinst.split(self._exceptions)
            if rest is None:
                return True
            raise rest
        return False


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Context manager for temporarily redirecting stdout to another file."""
    _stream = 'stdout'


class redirect_stderr(_RedirectStream):
    """Context manager for temporarily redirecting stderr to another file."""
    _stream = 'stderr'


class chdir(AbstractContextManager):
    """Non thread-safe context manager to change the current working directory."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


class _BaseExitStack:
    """The stack of exit callbacks ExitStack and AsyncExitStack unwind: (is_sync, callback)
    pairs, where a callback takes (exc_type, exc, tb) and says whether to suppress."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        _cb_type = type(exit)
        try:
            exit_method = _cb_type.__exit__
        except AttributeError:
            self._exit_callbacks.append((True, exit))
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        _cm_type = type(cm)
        try:
            _enter = _cm_type.__enter__
            _exit = _cm_type.__exit__
        except AttributeError:
            raise TypeError(f"'{_cm_type.__module__}.{_cm_type.__qualname__}' object does "
                            f"not support the context manager protocol") from None
        result = _enter(cm)
        self._push_cm_exit(cm, _exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((True, _exit_wrapper))
        return callback

    def _push_cm_exit(self, cm, cm_exit, is_sync=True):
        def _exit_wrapper(exc_type, exc, tb):
            return cm_exit(cm, exc_type, exc, tb)
        self._exit_callbacks.append((is_sync, _exit_wrapper))

    @staticmethod
    def _details(exc):
        return (type(exc), exc, exc.__traceback__) if exc is not None else (None, None, None)

    @staticmethod
    def _chain(new, exc):
        """A callback raised `new` while `exc` was pending: as in nested with blocks, `new`
        gets `exc` as its context. Returns the exception now pending."""
        if exc is not None and new is not exc:
            new.__context__ = exc
        return new

    @staticmethod
    def _outcome(original, exc):
        """The end of unwinding: raises a new exception, or says whether the original one
        was suppressed."""
        if exc is not None and exc is not original:
            raise exc
        return original is not None and exc is None


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Context manager for dynamic management of a stack of exit callbacks."""

    def close(self):
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        original = exc = exc_details[1]
        while self._exit_callbacks:
            _, cb = self._exit_callbacks.pop()
            try:
                if cb(*self._details(exc)):
                    exc = None  # suppressed
            except BaseException as new:
                exc = self._chain(new, exc)
        return self._outcome(original, exc)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """Async context manager for dynamic management of a stack of exit callbacks, both
    ordinary and asynchronous ones."""

    async def enter_async_context(self, cm):
        _cm_type = type(cm)
        try:
            _enter = _cm_type.__aenter__
            _exit = _cm_type.__aexit__
        except AttributeError:
            raise TypeError(f"'{_cm_type.__module__}.{_cm_type.__qualname__}' object does "
                            f"not support the asynchronous context manager protocol") from None
        result = await _enter(cm)
        self._push_cm_exit(cm, _exit, is_sync=False)
        return result

    def push_async_exit(self, exit):
        _cb_type = type(exit)
        try:
            exit_method = _cb_type.__aexit__
        except AttributeError:
            self._exit_callbacks.append((False, exit))
        else:
            self._push_cm_exit(exit, exit_method, is_sync=False)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((False, _exit_wrapper))
        return callback

    async def aclose(self):
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        original = exc = exc_details[1]
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                suppress = cb(*self._details(exc)) if is_sync else await cb(*self._details(exc))
                if suppress:
                    exc = None
            except BaseException as new:
                exc = self._chain(new, exc)
        return self._outcome(original, exc)
