"""Names for the interpreter's built-in types, and helpers for creating classes dynamically."""
import sys


def _function():
    pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)
MappingProxyType = type(type.__dict__)


class _Holder:
    def method(self):
        pass


MethodType = type(_Holder().method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(sys)
GetSetDescriptorType = type(FunctionType.__dict__['__code__'])
MemberDescriptorType = type(FunctionType.__dict__['__globals__'])


def _cell_type():
    x = None

    def inner():
        return x
    return type(inner.__closure__[0])


CellType = _cell_type()

try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)
    FrameType = type(_exc.__traceback__.tb_frame)
    del _exc

def _generator():
    yield 1


GeneratorType = type(_generator())


async def _coroutine():
    pass


_coro = _coroutine()
CoroutineType = type(_coro)
_coro.close()  # never started: closing it keeps it from warning that it was never awaited


async def _async_generator():
    yield 1


AsyncGeneratorType = type(_async_generator())

NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(...)
UnionType = type(int | str)

del _function, _Holder, _cell_type, _generator, _coroutine, _coro, _async_generator


class SimpleNamespace:
    """A simple attribute-based namespace.

SimpleNamespace(**kwargs)"""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        cls = type(self)
        name = 'namespace' if cls is SimpleNamespace else cls.__name__
        key = id(self)
        if key in _repr_running:
            return name + '(...)'
        _repr_running.add(key)
        try:
            parts = []
            for k, v in self.__dict__.items():
                if isinstance(k, str):
                    parts.append(k + '=' + repr(v))
            return name + '(' + ', '.join(parts) + ')'
        finally:
            _repr_running.discard(key)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __hash__(self):
        # CPython's message names the C type by its dotted name.
        cls = type(self)
        name = 'types.SimpleNamespace' if cls is SimpleNamespace else cls.__name__
        raise TypeError(f"unhashable type: '{name}'")

    def __reduce__(self):
        return (type(self), (), self.__dict__)


# ids of the namespaces whose repr is being computed: a namespace that contains itself
# shows as name(...).
_repr_running = set()


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    result = []
    changed = False
    for base in bases:
        if not isinstance(base, type):
            entries = getattr(base, '__mro_entries__', None)
            if entries is not None:
                replacement = entries(bases)
                if not isinstance(replacement, tuple):
                    raise TypeError('__mro_entries__ must return a tuple')
                result.extend(replacement)
                changed = True
                continue
        result.append(base)
    return tuple(result) if changed else bases


def _calculate_meta(meta, bases):
    # The most derived metaclass among meta and the bases' metaclasses.
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class must be a '
                        '(non-strict) subclass of the metaclasses of all its bases')
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds) as a 3-tuple."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns, **kwds)


def get_original_bases(cls):
    try:
        return cls.__dict__.get('__orig_bases__', cls.__bases__)
    except AttributeError:
        raise TypeError(f'Expected an instance of type, not {type(cls).__name__!r}') from None


class DynamicClassAttribute:
    """Route attribute access on a class to __getattr__.

    Instances see the attribute through the descriptor; the class itself raises
    AttributeError here so that its metaclass's __getattr__ is consulted."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _copy(self, **changes):
        parts = {'fget': self.fget, 'fset': self.fset, 'fdel': self.fdel,
                 'doc': None if self.overwrite_doc else self.__doc__}
        parts.update(changes)
        result = type(self)(parts['fget'], parts['fset'], parts['fdel'], parts['doc'])
        result.overwrite_doc = self.overwrite_doc
        return result

    def getter(self, fget):
        result = self._copy(fget=fget)
        if self.overwrite_doc:
            result.__doc__ = fget.__doc__
        return result

    def setter(self, fset):
        return self._copy(fset=fset)

    def deleter(self, fdel):
        return self._copy(fdel=fdel)


class GenericAlias:
    """Represent a PEP 585 generic type, e.g. list[int]."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        params = []
        for a in args:
            for p in getattr(a, '__parameters__', ()):
                if p not in params:
                    params.append(p)
        self.__parameters__ = tuple(params)

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __repr__(self):
        return _type_repr(self.__origin__) + '[' + ', '.join([_type_repr(a) for a in self.__args__]) + ']'


def _type_repr(obj):
    if obj is ...:
        return '...'
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return obj.__module__ + '.' + obj.__qualname__
    if isinstance(obj, FunctionType):
        return obj.__name__
    return repr(obj)


# Code flags, as co_flags reports them.
_CO_GENERATOR = 0x20
_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100


class _GeneratorWrapper:
    """What a types.coroutine callable returns in place of a generator-like object that is
    not a Python generator: the same object, made awaitable."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = type(gen) is GeneratorType
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, *args):
        return self.__wrapped.throw(*args)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self.__wrapped if self.__isgen else self

    __await__ = __iter__


def coroutine(func):
    """Make a generator function usable in `await` (the generator-based coroutines of PEP 492)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if type(func) is FunctionType and type(getattr(func, '__code__', None)) is CodeType:
        code = func.__code__
        if code.co_flags & (_CO_COROUTINE | _CO_ITERABLE_COROUTINE):
            return func
        if code.co_flags & _CO_GENERATOR:
            # A copy of the code flagged as an iterable coroutine: `await` accepts its generators.
            func.__code__ = code.replace(co_flags=code.co_flags | _CO_ITERABLE_COROUTINE)
            return func

    # Any other callable: wrap what it returns when that is a generator but not awaitable.
    import functools
    import _collections_abc

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if type(result) is CoroutineType:
            return result
        if type(result) is GeneratorType and result.gi_code.co_flags & _CO_ITERABLE_COROUTINE:
            return result
        if isinstance(result, _collections_abc.Generator) and not isinstance(result, _collections_abc.Coroutine):
            return _GeneratorWrapper(result)
        return result
    return wrapped


__all__ = [n for n in globals() if n[:1] != '_' and n != 'sys']
