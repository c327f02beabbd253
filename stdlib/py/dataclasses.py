"""Data classes: a class decorator that adds __init__, __repr__, __eq__ and, on request,
ordering, hashing and immutability, from the class's annotated fields (PEP 557).

The generated methods are closures over the field lists (no exec), with CPython's names,
behaviour and error messages."""

import sys
import copy
import types
import abc

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    # The default of an __init__ parameter whose field has a default_factory.
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = types.MappingProxyType({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else types.MappingProxyType(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        # A descriptor used as a default is told its name too.
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields.

    default is the default value of the field, default_factory a 0-argument function
    called to initialize it. init, repr and compare include the field in the generated
    __init__, __repr__ and comparisons; hash in __hash__ (None: as compare). metadata is
    a mapping stored with the field; kw_only makes the __init__ parameter keyword-only."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _fields_in_init_order(fields):
    # Positional parameters first, then keyword-only ones.
    return (tuple([f for f in fields if f.init and not f.kw_only]),
            tuple([f for f in fields if f.init and f.kw_only]))


def _is_classvar(a_type, typing):
    return a_type is typing.ClassVar or getattr(a_type, '__origin__', None) is typing.ClassVar


def _is_initvar(a_type, dataclasses):
    return a_type is dataclasses.InitVar or type(a_type) is dataclasses.InitVar


def _is_kw_only(a_type, dataclasses):
    return a_type is dataclasses.KW_ONLY


def _leading_names(text):
    # "mod.Name[...]" -> ('mod', 'Name'); "Name[...]" -> (None, 'Name'); else None.
    def word(s, i):
        j = i
        while j < len(s) and (s[j].isalnum() or s[j] == '_'):
            j += 1
        return s[i:j], j
    s = text.lstrip()
    first, i = word(s, 0)
    if not first:
        return None
    rest = s[i:].lstrip()
    if rest.startswith('.'):
        rest = rest[1:].lstrip()
        second, _ = word(rest, 0)
        if second:
            return first, second
    return None, first


def _is_type(annotation, cls, a_module, predicate):
    # A string annotation names the type when its first name resolves in the class's
    # module (directly, or through a module name bound to a_module), as CPython decides.
    names = _leading_names(annotation)
    if names is None:
        return False
    module_name, name = names
    module = sys.modules.get(cls.__module__)
    if module is None:
        return False
    ns = module.__dict__
    if module_name and ns.get(module_name) is not a_module:
        return False
    return predicate(ns.get(name), a_module)


def _get_field(cls, a_name, a_type, default_kw_only):
    # The Field of annotation a_name: the one given as its default, or a new one.
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, types.MemberDescriptorType):
            # A slot of the class, not a default.
            default = MISSING
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    typing = sys.modules.get('typing')
    if typing is not None:
        if _is_classvar(a_type, typing) or (
                isinstance(a_type, str) and _is_type(a_type, cls, typing, _is_classvar)):
            f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD:
        dataclasses = sys.modules[__name__]
        if _is_initvar(a_type, dataclasses) or (
                isinstance(a_type, str) and _is_type(a_type, cls, dataclasses, _is_initvar)):
            f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


def _set_new_attribute(cls, name, value):
    # True (and nothing set) if the class defines the attribute itself.
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


def _set_qualname(cls, value):
    if isinstance(value, types.FunctionType):
        value.__qualname__ = f'{cls.__qualname__}.{value.__name__}'
    return value


def _quoted_list(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f'{quoted[0]} and {quoted[1]}'
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


_absent = object()


def _bind(qualname, positional, defaults, kwonly, kwdefaults, args, kwargs):
    # The parameter values of a call `f(*args, **kwargs)` to
    # `def f(self, *positional, *, kwonly)` with defaults (the last len(defaults)
    # positional parameters) and kwdefaults (a dict), with CPython's argument errors.
    npos = len(positional)
    nargs = len(args)
    if nargs > npos:
        if defaults:
            takes = f'from {npos - len(defaults) + 1} to {npos + 1}'
        else:
            takes = f'{npos + 1}'
        plural = '' if takes == '1' else 's'
        given = nargs + 1
        nkw = len([k for k in kwargs if k in kwonly])
        if nkw:
            kw_plural = '' if nkw == 1 else 's'
            raise TypeError(f'{qualname}() takes {takes} positional argument{plural} but '
                            f'{given} positional argument{"" if given == 1 else "s"} '
                            f'(and {nkw} keyword-only argument{kw_plural}) were given')
        raise TypeError(f'{qualname}() takes {takes} positional argument{plural} '
                        f'but {given} {"was" if given == 1 else "were"} given')
    values = {}
    for name, value in zip(positional, args):
        values[name] = value
    for name, value in kwargs.items():
        if name not in positional and name not in kwonly:
            raise TypeError(f'{qualname}() got an unexpected keyword argument {name!r}')
        if name in values:
            raise TypeError(f'{qualname}() got multiple values for argument {name!r}')
        values[name] = value
    missing = []
    first_default = npos - len(defaults)
    for i, name in enumerate(positional):
        if name not in values:
            if i >= first_default:
                values[name] = defaults[i - first_default]
            else:
                missing.append(name)
    if missing:
        s = '' if len(missing) == 1 else 's'
        raise TypeError(f'{qualname}() missing {len(missing)} required positional '
                        f'argument{s}: {_quoted_list(missing)}')
    for name in kwonly:
        if name not in values:
            if name in kwdefaults:
                values[name] = kwdefaults[name]
            else:
                missing.append(name)
    if missing:
        s = '' if len(missing) == 1 else 's'
        raise TypeError(f'{qualname}() missing {len(missing)} required keyword-only '
                        f'argument{s}: {_quoted_list(missing)}')
    return values


def _init_default(f):
    if f.default_factory is not MISSING:
        return _HAS_DEFAULT_FACTORY
    return f.default


def _make_init(cls, fields, std_fields, kw_only_fields, frozen, has_post_init):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
    positional = tuple([f.name for f in std_fields])
    defaults = tuple([_init_default(f) for f in std_fields if not
                      (f.default is MISSING and f.default_factory is MISSING)])
    kwonly = tuple([f.name for f in kw_only_fields])
    kwdefaults = {f.name: _init_default(f) for f in kw_only_fields
                  if not (f.default is MISSING and f.default_factory is MISSING)}
    qualname = f'{cls.__qualname__}.__init__'
    initvars = [f.name for f in fields if f._field_type is _FIELD_INITVAR]
    setter = object.__setattr__

    def __init__(self, *args, **kwargs):
        values = _bind(qualname, positional, defaults, kwonly, kwdefaults, args, kwargs)
        for f in fields:
            name = f.name
            if f.init:
                value = values[name]
                if value is _HAS_DEFAULT_FACTORY and f.default_factory is not MISSING:
                    value = f.default_factory()
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            else:
                # The class attribute holds the default (or there is none).
                continue
            if f._field_type is _FIELD_INITVAR:
                continue
            if frozen:
                setter(self, name, value)
            else:
                setattr(self, name, value)
        if has_post_init:
            self.__post_init__(*[values[name] for name in initvars])

    __init__.__qualname__ = qualname
    __init__.__defaults__ = defaults or None
    if kwdefaults:
        __init__.__kwdefaults__ = kwdefaults
    return __init__


_repr_running = set()


def _make_repr(fields):
    names = [f.name for f in fields]

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = [f'{name}={getattr(self, name)!r}' for name in names]
            return f"{self.__class__.__qualname__}({', '.join(parts)})"
        finally:
            _repr_running.discard(key)
    return __repr__


def _make_compare(name, fields, op):
    names = [f.name for f in fields]

    def compare(self, other):
        if other.__class__ is self.__class__:
            return op(tuple([getattr(self, n) for n in names]),
                      tuple([getattr(other, n) for n in names]))
        return NotImplemented
    compare.__name__ = name
    return compare


def _eq(a, b):
    return a == b


def _lt(a, b):
    return a < b


def _le(a, b):
    return a <= b


def _gt(a, b):
    return a > b


def _ge(a, b):
    return a >= b


def _make_frozen(cls, fields):
    names = {f.name for f in fields}

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)

    for fn in (__setattr__, __delattr__):
        if _set_new_attribute(cls, fn.__name__, fn):
            raise TypeError(f'Cannot overwrite attribute {fn.__name__} in class {cls.__name__}')


def _make_hash(fields):
    names = [f.name for f in fields if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(tuple([getattr(self, n) for n in names]))
    return __hash__


def _hash_action(cls, fields, unsafe_hash, eq, frozen, has_explicit_hash):
    # CPython's table of what to do with __hash__ for (unsafe_hash, eq, frozen, explicit).
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        return _set_qualname(cls, _make_hash(fields))
    if eq and not has_explicit_hash:
        if frozen:
            return _set_qualname(cls, _make_hash(fields))
        return None  # __hash__ = None: instances are unhashable
    return MISSING  # leave __hash__ alone


def _format_annotation(annotation):
    if isinstance(annotation, type) and not isinstance(annotation, types.GenericAlias):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    return repr(annotation)


def _signature_text(cls, std_fields, kw_only_fields):
    # What str(inspect.signature(cls)) gives for the generated __init__.
    def param(f):
        text = f.name
        if f.type is not MISSING:
            text += ': ' + _format_annotation(f.type)
        if not (f.default is MISSING and f.default_factory is MISSING):
            text += ' = ' + repr(_init_default(f))
        return text
    parts = [param(f) for f in std_fields]
    if kw_only_fields:
        parts.append('*')
        parts.extend([param(f) for f in kw_only_fields])
    return '(' + ', '.join(parts) + ')'


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    fields = {}
    if cls.__module__ in sys.modules:
        globals = sys.modules[cls.__module__].__dict__
    else:
        globals = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_seen = False
    dataclasses = sys.modules[__name__]
    for name, a_type in cls_annotations.items():
        if _is_kw_only(a_type, dataclasses) or (
                isinstance(a_type, str) and _is_type(a_type, cls, dataclasses, _is_kw_only)):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields, kw_only_init_fields = _fields_in_init_order(all_init_fields)

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__',
                           _make_init(cls, all_init_fields, std_init_fields,
                                      kw_only_init_fields, frozen, has_post_init))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr([f for f in field_list if f.repr]))

    if eq:
        _set_new_attribute(cls, '__eq__',
                           _make_compare('__eq__', [f for f in field_list if f.compare], _eq))

    if order:
        flds = [f for f in field_list if f.compare]
        for name, op in (('__lt__', _lt), ('__le__', _le), ('__gt__', _gt), ('__ge__', _ge)):
            if _set_new_attribute(cls, name, _make_compare(name, flds, op)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                f'Consider using functools.total_ordering')

    if frozen:
        _make_frozen(cls, field_list)

    hash_fn = _hash_action(cls, field_list, unsafe_hash, eq, frozen, has_explicit_hash)
    if hash_fn is not MISSING:
        cls.__hash__ = hash_fn

    if not getattr(cls, '__doc__'):
        try:
            cls.__doc__ = cls.__name__ + _signature_text(cls, std_init_fields, kw_only_init_fields)
        except AttributeError:
            # Krait cannot assign the __doc__ of a class yet.
            pass

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple([f.name for f in std_init_fields]))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    abc.update_abstractmethods(cls)
    return cls


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _add_slots(cls, is_frozen, weakref_slot):
    # A new class with __slots__ for the fields (slots cannot be added to a class).
    cls_dict = dict(cls.__dict__)
    field_names = tuple([f.name for f in fields(cls)])
    inherited = set()
    for base in cls.__mro__[1:-1]:
        slots = base.__dict__.get('__slots__')
        if slots is not None:
            inherited.update([slots] if isinstance(slots, str) else slots)
    new_slots = [n for n in field_names if n not in inherited]
    if weakref_slot and '__weakref__' not in inherited:
        new_slots.append('__weakref__')
    cls_dict['__slots__'] = tuple(new_slots)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        if '__getstate__' not in cls_dict:
            cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in cls_dict:
            cls.__setstate__ = _dataclass_setstate
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class.

    Examines PEP 526 __annotations__ to determine fields. If init is true, an __init__()
    method is added; repr adds __repr__(), eq __eq__(), order the ordering methods;
    unsafe_hash forces a __hash__(), frozen makes assignments to fields raise;
    match_args sets __match_args__, kw_only makes all fields keyword-only, slots adds
    __slots__."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass (a class or an instance)."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple([f for f in fields.values() if f._field_type is _FIELD])


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary mapping field names
    to field values, recursing into dataclasses, dicts, lists and tuples (other values
    are deep-copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, dict):
        return type(obj)([(_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                          for k, v in obj.items()])
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field values,
    recursing as asdict() does."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, dict):
        return type(obj)([(_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                          for k, v in obj.items()])
    return copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False):
    """Return a new dynamically created dataclass.

    fields is an iterable of names, (name, type) or (name, type, Field) items."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        from keyword import iskeyword
        if iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp

    def exec_body_callback(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns['__annotations__'] = annotations

    # As in CPython 3.11, the class's __module__ is that of types.new_class's caller.
    cls = types.new_class(cls_name, bases, {}, exec_body_callback)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be '
                                 f'specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f'InitVar {f.name!r} must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
