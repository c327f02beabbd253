"""Enumerations (Krait's own enum module): Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique."""

__all__ = ['EnumMeta', 'EnumType', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'auto', 'unique']

_auto_null = object()


class auto:
    """Stands for the next value: 1, 2, 3... (or a name, for StrEnum)."""

    def __init__(self):
        self.value = _auto_null

    def __repr__(self):
        return 'auto(%r)' % self.value


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % cls_name.lstrip('_')
    return name.startswith(pattern) and not name.endswith('__')


class _EnumDict(dict):
    """The class namespace of an enum: it records the member names in order."""

    def __init__(self):
        super().__init__()
        self._member_names = []
        self._last_values = []
        self._generate_next_value = None
        self._cls_name = None

    def __setitem__(self, key, value):
        if _is_private(self._cls_name or '', key):
            pass
        elif _is_sunder(key):
            if key == '_generate_next_value_':
                self._generate_next_value = value
            elif key not in ('_order_', '_ignore_', '_missing_', '_numeric_repr_'):
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use' % (key,))
        elif _is_dunder(key) or _is_descriptor(value):
            pass
        else:
            if key in self._member_names:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if key in self and not isinstance(self[key], auto):
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, auto):
                if value.value is _auto_null:
                    gen = self._generate_next_value or Enum._generate_next_value_
                    if isinstance(gen, staticmethod):
                        gen = gen.__func__
                    value.value = gen(key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            self._member_names.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)


class EnumType(type):
    """The metaclass of enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        d = _EnumDict()
        d._cls_name = cls
        for base in bases:
            gen = getattr(base, '_generate_next_value_', None)
            if gen is not None:
                d._generate_next_value = gen
                break
        return d

    def __new__(metacls, cls, bases, classdict, boundary=None, _simple=False, **kwds):
        member_names = list(classdict._member_names) if isinstance(classdict, _EnumDict) else []
        members = {k: classdict[k] for k in member_names}
        ns = {k: v for k, v in classdict.items() if k not in members}
        member_type = object
        for base in bases:
            for b in base.__mro__:
                if b is object or isinstance(b, EnumType):
                    continue
                member_type = b
                break
            if member_type is not object:
                break
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        if member_type is not object and '__repr__' not in ns:
            # The data type (int, str) comes before Enum in the MRO: the enum's repr wins.
            for b in enum_class.__mro__[1:]:
                if isinstance(b, EnumType) and '__repr__' in b.__dict__:
                    type.__setattr__(enum_class, '__repr__', b.__dict__['__repr__'])
                    break
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        enum_class._member_type_ = member_type
        for name in member_names:
            value = members[name]
            args = value if isinstance(value, tuple) and member_type is not object and member_type is not tuple else (value,)
            if member_type is object:
                member = object.__new__(enum_class)
                new_value = value
            else:
                member = member_type.__new__(enum_class, *args)
                new_value = member_type(*args) if member_type is not tuple else value
            if '__init__' in ns or any('__init__' in b.__dict__ for b in enum_class.__mro__[1:] if isinstance(b, EnumType) and b is not Enum):
                init_args = value if isinstance(value, tuple) else (value,)
                enum_class.__init__(member, *init_args)
                if not hasattr(member, '_value_'):
                    member._value_ = new_value
            else:
                member._value_ = new_value
            member._name_ = name
            member.__objclass__ = enum_class
            # An alias: a second name for a value that already has a member.
            canonical = None
            for existing in enum_class._member_map_.values():
                if existing._value_ == member._value_:
                    canonical = existing
                    break
            if canonical is not None:
                enum_class._member_map_[name] = canonical
                continue
            enum_class._member_names_.append(name)
            enum_class._member_map_[name] = member
            try:
                enum_class._value2member_map_.setdefault(member._value_, member)
            except TypeError:
                pass
        for name, member in enum_class._member_map_.items():
            type.__setattr__(enum_class, name, member)
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return Enum.__new__(cls, value)  # not the data type's __new__, which comes first in the MRO
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        classdict = EnumType.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            names = [(name, start + i) for i, name in enumerate(names)]
        items = names.items() if isinstance(names, dict) else names
        for name, value in items:
            classdict[name] = value
        return EnumType.__new__(EnumType, class_name, bases, classdict)

    def __contains__(cls, member):
        if isinstance(member, cls):
            return member._name_ in cls._member_map_
        return member in cls._value2member_map_

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __bool__(cls):
        return True

    def __repr__(cls):
        if getattr(cls, '_member_map_', None) is None:
            return super().__repr__()
        return "<enum %r>" % cls.__name__

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot delete member %r' % (name,))
        super().__delattr__(name)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Generic enumeration: class Color(Enum): RED = 1."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ if hasattr(self.__class__, '_value_repr_') else repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __dir__(self):
        return ['__class__', '__doc__', '__module__', 'name', 'value']

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """Members keep the str() and format() of their data type."""


class IntEnum(int, ReprEnum):
    """Enumeration whose members are also ints."""

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        return int.__format__(self._value_, format_spec)


class StrEnum(str, ReprEnum):
    """Enumeration whose members are also strs."""

    def __str__(self):
        return self._value_

    def __format__(self, format_spec):
        return str.__format__(self._value_, format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    """Members combine with | & ^ ~ into flags."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values)
        return 1 << high.bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        pseudo = object.__new__(cls) if cls._member_type_ is object else cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls if m._value_ and m._value_ & value == m._value_]
        pseudo._name_ = '|'.join(names) if names else None
        return pseudo

    def __contains__(self, other):
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return (m for m in self.__class__ if m._value_ and m._value_ & self._value_ == m._value_)

    def __len__(self):
        return len(list(iter(self)))

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        return self.__class__(self._value_ | self.__class__(other)._value_)

    def __and__(self, other):
        return self.__class__(self._value_ & self.__class__(other)._value_)

    def __xor__(self, other):
        return self.__class__(self._value_ ^ self.__class__(other)._value_)

    def __invert__(self):
        everything = 0
        for m in self.__class__:
            everything |= m._value_
        return self.__class__(everything & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __repr__(self):
        return '<%s.%s: %r>' % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)


class IntFlag(int, ReprEnum, Flag):
    """Flags that are also ints."""

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        return int.__format__(self._value_, format_spec)

    def __or__(self, other):
        return self.__class__(self._value_ | int(other))

    def __and__(self, other):
        return self.__class__(self._value_ & int(other))

    def __xor__(self, other):
        return self.__class__(self._value_ ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def unique(enumeration):
    """Class decorator: no two names may share a value."""
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items() if name != member.name]
    if duplicates:
        alias_details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration
