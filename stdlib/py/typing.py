"""Type hints (Krait's own typing module). The names of CPython's typing module, enough for
annotated programs to import, subscript, introspect (__origin__, __args__) and print them.
Krait does not check types."""
import collections
import collections.abc
import functools
import sys
import types

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    if obj is None or obj is type(None):
        return 'None'
    return repr(obj)


class _Final:
    __slots__ = ()


class _GenericAlias(_Final):
    """A subscripted special form or container: List[int], Optional[str], Callable[[int], str]."""

    def __init__(self, origin, args, name=None, inst=True):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._inst = inst
        params = []
        for a in args:
            for p in getattr(a, '__parameters__', ()) if not isinstance(a, TypeVar) else (a,):
                if p not in params:
                    params.append(p)
        self.__parameters__ = tuple(params)

    def __repr__(self):
        name = self._name or _type_repr(self.__origin__)
        if self._name:
            name = 'typing.' + name
        if self._name == 'Callable' and len(self.__args__) == 2 and isinstance(self.__args__[0], (list, tuple)):
            params = ', '.join(_type_repr(a) for a in self.__args__[0])
            return f'{name}[[{params}], {_type_repr(self.__args__[1])}]'
        if not self.__args__:
            return f'{name}[()]'
        return f'{name}[{", ".join(_type_repr(a) for a in self.__args__)}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead')
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        subst = dict(zip(self.__parameters__, params))
        return _GenericAlias(self.__origin__, tuple(subst.get(a, a) for a in self.__args__), self._name, self._inst)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')


class _SpecialGenericAlias(_Final):
    """An unsubscripted container alias: List, Dict, Iterable..."""

    def __init__(self, origin, nparams, name, inst=True):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._inst = inst

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == 'Tuple' or self._name == 'Callable':
            return _GenericAlias(self.__origin__, params, self._name, self._inst)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments for {self}; "
                            f"actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead')
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __or__(self, other):
        return Union[self, other]

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _SpecialForm(_Final):
    """Any, Union, Optional, ClassVar, Final, Literal...: named forms with their own rules."""

    def __init__(self, name, getitem=None, doc=None):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f'{self} is not subscriptable')
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __instancecheck__(self, obj):
        raise TypeError(f'{self} cannot be used with isinstance()')

    def __subclasscheck__(self, cls):
        raise TypeError(f'{self} cannot be used with issubclass()')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __reduce__(self):
        return self._name


class _UnionAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f'typing.Optional[{_type_repr(other)}]'
        return f'typing.Union[{", ".join(_type_repr(a) for a in args)}]'

    def __eq__(self, other):
        if not isinstance(other, (_UnionAlias, types.UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return isinstance(obj, tuple(a for a in self.__args__ if isinstance(a, type)))

    def __subclasscheck__(self, cls):
        return issubclass(cls, tuple(a for a in self.__args__ if isinstance(a, type)))


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        if p is None:
            p = type(None)
        members = p.__args__ if isinstance(p, (_UnionAlias, types.UnionType)) else (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    return _UnionAlias(self, tuple(flat), 'Union')


def _optional_getitem(self, parameter):
    return Union[parameter, None]


def _simple_getitem(self, parameters):
    return _GenericAlias(self, parameters, self._name)


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _LiteralAlias(self, parameters, 'Literal')


class _LiteralAlias(_GenericAlias):
    def __repr__(self):
        return f'typing.Literal[{", ".join(repr(a) for a in self.__args__)}]'


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments (a type and an annotation).')
    alias = _GenericAlias(params[0], (params[0],), None)
    alias.__metadata__ = params[1:]
    return alias


Any = _SpecialForm('Any', doc='Special type indicating an unconstrained type.')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
ClassVar = _SpecialForm('ClassVar', _simple_getitem)
Final = _SpecialForm('Final', _simple_getitem)
Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
Annotated = _SpecialForm('Annotated', _annotated_getitem)
Concatenate = _SpecialForm('Concatenate', _simple_getitem)
TypeGuard = _SpecialForm('TypeGuard', _simple_getitem)
Required = _SpecialForm('Required', _simple_getitem)
NotRequired = _SpecialForm('NotRequired', _simple_getitem)
Unpack = _SpecialForm('Unpack', _simple_getitem)


class TypeVar(_Final):
    """Type variable: T = TypeVar('T')."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant
        try:
            self.__module__ = sys._getframe(1).f_globals.get('__name__', '__main__')
        except Exception:
            pass

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec(TypeVar):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        super().__init__(name, bound=bound, covariant=covariant, contravariant=contravariant)
        self.args = self.kwargs = self


class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)


class Generic:
    """Base class for generic classes: class Box(Generic[T])."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        params = []
        for base in getattr(cls, '__orig_bases__', ()):
            for p in getattr(base, '__parameters__', ()):
                if p not in params:
                    params.append(p)
        cls.__parameters__ = tuple(params)


class Protocol(Generic):
    """Base class for protocol classes (structural types)."""
    __slots__ = ()
    _is_protocol = True


def runtime_checkable(cls):
    return cls


def _alias(origin, nparams, name=None, inst=True):
    return _SpecialGenericAlias(origin, nparams, name or origin.__name__, inst)


abc = collections.abc
Hashable = _alias(abc.Hashable, 0)
Awaitable = _alias(abc.Awaitable, 1)
Coroutine = _alias(abc.Coroutine, 3)
AsyncIterable = _alias(abc.AsyncIterable, 1)
AsyncIterator = _alias(abc.AsyncIterator, 1)
Iterable = _alias(abc.Iterable, 1)
Iterator = _alias(abc.Iterator, 1)
Reversible = _alias(abc.Reversible, 1)
Sized = _alias(abc.Sized, 0)
Container = _alias(abc.Container, 1)
Collection = _alias(abc.Collection, 1)
Callable = _alias(abc.Callable, -1)
AbstractSet = _alias(abc.Set, 1, 'AbstractSet')
MutableSet = _alias(abc.MutableSet, 1)
Mapping = _alias(abc.Mapping, 2)
MutableMapping = _alias(abc.MutableMapping, 2)
Sequence = _alias(abc.Sequence, 1)
MutableSequence = _alias(abc.MutableSequence, 1)
ByteString = _alias(abc.ByteString, 0) if hasattr(abc, 'ByteString') else _alias(bytes, 0, 'ByteString')
Tuple = _alias(tuple, -1, 'Tuple', inst=False)
List = _alias(list, 1, 'List', inst=False)
Deque = _alias(collections.deque, 1, 'Deque')
Set = _alias(set, 1, 'Set', inst=False)
FrozenSet = _alias(frozenset, 1, 'FrozenSet', inst=False)
MappingView = _alias(abc.MappingView, 1)
KeysView = _alias(abc.KeysView, 1)
ItemsView = _alias(abc.ItemsView, 2)
ValuesView = _alias(abc.ValuesView, 1)
Dict = _alias(dict, 2, 'Dict', inst=False)
DefaultDict = _alias(collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _alias(collections.OrderedDict, 2)
Counter = _alias(collections.Counter, 1)
ChainMap = _alias(collections.ChainMap, 2)
Generator = _alias(abc.Generator, 3) if hasattr(abc, 'Generator') else _alias(object, 3, 'Generator')
AsyncGenerator = _alias(abc.AsyncGenerator, 2) if hasattr(abc, 'AsyncGenerator') else _alias(object, 2, 'AsyncGenerator')
Type = _alias(type, 1, 'Type', inst=False)
ContextManager = _alias(object, 1, 'ContextManager')
AsyncContextManager = _alias(object, 1, 'AsyncContextManager')
Pattern = _alias(object, 1, 'Pattern')
Match = _alias(object, 1, 'Match')
Text = str


class SupportsInt(Protocol):
    def __int__(self): ...


class SupportsFloat(Protocol):
    def __float__(self): ...


class SupportsIndex(Protocol):
    def __index__(self): ...


class SupportsAbs(Protocol):
    def __abs__(self): ...


class SupportsRound(Protocol):
    def __round__(self, ndigits=0): ...


class SupportsBytes(Protocol):
    def __bytes__(self): ...


class IO(Generic):
    pass


class TextIO(IO):
    pass


class BinaryIO(IO):
    pass


def cast(typ, val):
    """Return val unchanged: cast() only informs type checkers."""
    return val


def assert_type(val, typ):
    return val


def assert_never(arg):
    raise AssertionError(f'Expected code to be unreachable, but got: {arg!r}')


def reveal_type(obj):
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError('You should not call an overloaded function. '
                                  'A series of @overload-decorated functions outside a stub module '
                                  'should always be followed by an implementation that is not @overload-ed.')
    return _overload_dummy


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(**kwargs):
    return lambda cls: cls


def get_origin(tp):
    return getattr(tp, '__origin__', None)


def get_args(tp):
    if isinstance(tp, (_GenericAlias, types.UnionType)) or hasattr(tp, '__origin__'):
        return getattr(tp, '__args__', ())
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of obj, with names given as strings evaluated."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            g = globalns if globalns is not None else getattr(sys.modules.get(base.__module__), '__dict__', {})
            for name, value in ann.items():
                hints[name] = eval(value, g, localns) if isinstance(value, str) else value
        return hints
    ann = getattr(obj, '__annotations__', None) or {}
    g = globalns if globalns is not None else getattr(obj, '__globals__', {})
    for name, value in ann.items():
        hints[name] = eval(value, g, localns) if isinstance(value, str) else value
    return hints


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


class ForwardRef(_Final):
    def __init__(self, arg):
        self.__forward_arg__ = arg

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


# NamedTuple and TypedDict: class syntax through __mro_entries__.

def _make_nmtuple(name, fields, defaults=(), module=None):
    nm = collections.namedtuple(name, [n for n, _ in fields], defaults=defaults, module=module)
    nm.__annotations__ = dict(fields)
    return nm


class _NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        ann = ns.get('__annotations__', {})
        fields = list(ann.items())
        defaults = []
        for name, _ in fields:
            if name in ns:
                defaults.append(ns[name])
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default field"
                                f"{'s' if len(defaults) > 1 else ''} {', '.join(n for n, _ in fields if n in ns)}")
        nm = _make_nmtuple(typename, fields, defaults=defaults, module=ns.get('__module__'))
        for key, value in ns.items():
            if key in ('__annotations__', '__module__', '__qualname__', '__doc__') or key in ann:
                continue
            setattr(nm, key, value)
        if '__doc__' in ns and ns['__doc__'] is not None:
            nm.__doc__ = ns['__doc__']
        return nm


def NamedTuple(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = kwargs.items()
    return _make_nmtuple(typename, list(fields), module=sys._getframe(1).f_globals.get('__name__', '__main__'))


_NamedTupleBase = type.__new__(_NamedTupleMeta, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTupleBase,)


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        annotations = {}
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
        annotations.update(ns.get('__annotations__', {}))
        tp = type.__new__(cls, name, (dict,), {k: v for k, v in ns.items() if k != '__annotations__'})
        tp.__annotations__ = annotations
        tp.__total__ = total
        return tp

    __instancecheck__ = lambda cls, obj: False


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    return _TypedDictMeta(typename, (), {'__annotations__': dict(fields)}, total=total)


_TypedDictBase = type.__new__(_TypedDictMeta, 'TypedDict', (dict,), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDictBase,)
