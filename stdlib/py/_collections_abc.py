"""The abstract base classes of collections.abc (PEP 3119): one-trick ABCs recognised by
their methods, and the collection ABCs with their mixin methods.

The collections module registers this module as collections.abc."""

from abc import ABCMeta, abstractmethod
import sys

GenericAlias = type(list[int])

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized",
           "Container", "Callable", "Collection", "Set", "MutableSet", "Mapping",
           "MutableMapping", "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence", "ByteString"]

# Classes defined below report this as their module, as CPython's do.
__name__ = "collections.abc"

bytes_iterator = type(iter(b''))
bytearray_iterator = type(iter(bytearray()))
dict_keyiterator = type(iter({}.keys()))
dict_valueiterator = type(iter({}.values()))
dict_itemiterator = type(iter({}.items()))
list_iterator = type(iter([]))
list_reverseiterator = type(iter(reversed([])))
range_iterator = type(iter(range(0)))
set_iterator = type(iter(set()))
str_iterator = type(iter(""))
tuple_iterator = type(iter(()))
dict_keys = type({}.keys())
dict_values = type({}.values())
dict_items = type({}.items())
mappingproxy = type(type.__dict__)


def _check_methods(C, *methods):
    # True when C's MRO defines every method (the nearest definition must not be None:
    # `__hash__ = None` means unhashable); NotImplemented otherwise, so that ABCMeta goes
    # on to the registry.
    mro = C.__mro__
    for name in methods:
        found = False
        for klass in mro:
            d = klass.__dict__
            if name in d:
                if d[name] is None:
                    return NotImplemented
                found = True
                break
        if not found:
            return NotImplemented
    return True


def _throw(typ, val, tb):
    # The default throw() of generators and coroutines: raise the exception described.
    if val is None:
        if tb is None:
            raise typ
        val = typ()
    if tb is not None:
        val = val.with_traceback(tb)
    raise val


class Hashable(metaclass=ABCMeta):
    """Objects with a __hash__ method."""
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        return _check_methods(C, "__hash__") if cls is Hashable else NotImplemented


class Awaitable(metaclass=ABCMeta):
    """Objects usable in an await expression."""
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        return iter(())

    @classmethod
    def __subclasshook__(cls, C):
        return _check_methods(C, "__await__") if cls is Awaitable else NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


class Coroutine(Awaitable):
    """Awaitables with send(), throw() and close()."""
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _throw(typ, val, tb)

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError("coroutine ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Coroutine:
            return _check_methods(C, '__await__', 'send', 'throw', 'close')
        return NotImplemented


class AsyncIterable(metaclass=ABCMeta):
    """Objects with an __aiter__ method."""
    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    @classmethod
    def __subclasshook__(cls, C):
        return _check_methods(C, "__aiter__") if cls is AsyncIterable else NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


class AsyncIterator(AsyncIterable):
    """Asynchronous iterators: __anext__ and __aiter__."""
    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterator:
            return _check_methods(C, "__anext__", "__aiter__")
        return NotImplemented


class AsyncGenerator(AsyncIterator):
    """Asynchronous iterators with asend(), athrow() and aclose()."""
    __slots__ = ()

    async def __anext__(self):
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        _throw(typ, val, tb)

    async def aclose(self):
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError("asynchronous generator ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncGenerator:
            return _check_methods(C, '__aiter__', '__anext__', 'asend', 'athrow', 'aclose')
        return NotImplemented


class Iterable(metaclass=ABCMeta):
    """Objects with an __iter__ method."""
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        return iter(())

    @classmethod
    def __subclasshook__(cls, C):
        return _check_methods(C, "__iter__") if cls is Iterable else NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


class Iterator(Iterable):
    """Iterables whose __next__ gives the items and __iter__ returns the iterator."""
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        return _check_methods(C, '__iter__', '__next__') if cls is Iterator else NotImplemented


class Reversible(Iterable):
    """Iterables that also support reversed()."""
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        return iter(())

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Reversible:
            return _check_methods(C, "__reversed__", "__iter__")
        return NotImplemented


class Generator(Iterator):
    """Iterators with send(), throw() and close()."""
    __slots__ = ()

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _throw(typ, val, tb)

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError("generator ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Generator:
            return _check_methods(C, '__iter__', '__next__', 'send', 'throw', 'close')
        return NotImplemented


class Sized(metaclass=ABCMeta):
    """Objects with a __len__ method."""
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        return _check_methods(C, "__len__") if cls is Sized else NotImplemented


class Container(metaclass=ABCMeta):
    """Objects with a __contains__ method."""
    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        return _check_methods(C, "__contains__") if cls is Container else NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


class Collection(Sized, Iterable, Container):
    """Sized iterable containers."""
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Collection:
            return _check_methods(C, "__len__", "__iter__", "__contains__")
        return NotImplemented


class Callable(metaclass=ABCMeta):
    """Objects with a __call__ method."""
    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        return _check_methods(C, "__call__") if cls is Callable else NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


class _ListIter:
    # An iterator over a list computed in advance: the mixins cannot use generators.
    __slots__ = ('_items', '_pos')

    def __init__(self, items):
        self._items = items
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        items = self._items
        pos = self._pos
        if items is None or pos >= len(items):
            self._items = None
            raise StopIteration
        self._pos = pos + 1
        return items[pos]


# Sets

class Set(Collection):
    """Finite iterable containers with set comparisons and operators.

    Subclasses provide __contains__, __iter__ and __len__; results of the operators are
    built by the classmethod _from_iterable (the class itself by default)."""
    __slots__ = ()

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for item in self:
            if item not in other:
                return False
        return True

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for item in other:
            if item not in self:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def isdisjoint(self, other):
        for item in other:
            if item in self:
                return False
        return True

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable([item for item in other if item in self])

    __rand__ = __and__

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        items = list(self)
        items.extend(other)
        return self._from_iterable(items)

    __ror__ = __or__

    def _as_set(self, other):
        # other as a Set, or None when it is not iterable.
        if isinstance(other, Set):
            return other
        if not isinstance(other, Iterable):
            return None
        return self._from_iterable(other)

    def __sub__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return self._from_iterable([item for item in self if item not in other])

    def __rsub__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return self._from_iterable([item for item in other if item not in self])

    def __xor__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """A hash for hashable sets, computed as frozenset's is (equal sets hash equal)."""
        maxsize = sys.maxsize
        mask = 2 * maxsize + 1
        h = (1927868237 * (len(self) + 1)) & mask
        for item in self:
            hx = hash(item)
            h = (h ^ ((hx ^ (hx << 16) ^ 89869747) * 3644798167)) & mask
        h ^= (h >> 11) ^ (h >> 25)
        h = (h * 69069 + 907133923) & mask
        if h > maxsize:
            h -= mask + 1
        return 590923713 if h == -1 else h


Set.register(frozenset)


class MutableSet(Set):
    """Sets with add() and discard() (abstract), and remove, pop, clear and the in-place
    operators built on them."""
    __slots__ = ()

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        for value in self:
            self.discard(value)
            return value
        raise KeyError

    def clear(self):
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in list(self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        if not isinstance(it, Set):
            it = self._from_iterable(it)
        for value in it:
            if value in self:
                self.discard(value)
            else:
                self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for value in it:
            self.discard(value)
        return self


MutableSet.register(set)


# Mappings

class Mapping(Collection):
    """Read-only mappings: subclasses provide __getitem__, __iter__ and __len__; get,
    __contains__, keys, items, values, __eq__ and __ne__ follow."""
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


Mapping.register(mappingproxy)


class MappingView(Sized):
    """The base of the views keys(), values() and items() of a Mapping."""
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f'{type(self).__name__}({self._mapping!r})'

    __class_getitem__ = classmethod(GenericAlias)


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)


KeysView.register(dict_keys)


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v is value or v == value

    def __iter__(self):
        m = self._mapping
        return _ListIter([(key, m[key]) for key in m])


ItemsView.register(dict_items)


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        m = self._mapping
        for key in m:
            v = m[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        m = self._mapping
        return _ListIter([m[key] for key in m])


ValuesView.register(dict_values)

_absent = object()


class MutableMapping(Mapping):
    """Mappings with __setitem__ and __delitem__ (abstract), and pop, popitem, clear,
    update and setdefault built on them."""
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_absent):
        try:
            value = self[key]
        except KeyError:
            if default is _absent:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        for key in self:
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def clear(self):
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default


MutableMapping.register(dict)


# Sequences

class _IndexIter:
    # iter() of a Sequence: items 0, 1, 2... until IndexError.
    __slots__ = ('_seq', '_pos')

    def __init__(self, seq):
        self._seq = seq
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        seq = self._seq
        if seq is None:
            raise StopIteration
        try:
            value = seq[self._pos]
        except IndexError:
            self._seq = None
            raise StopIteration from None
        self._pos += 1
        return value


class _ReverseIndexIter:
    __slots__ = ('_seq', '_pos')

    def __init__(self, seq):
        self._seq = seq
        self._pos = len(seq) - 1

    def __iter__(self):
        return self

    def __next__(self):
        pos = self._pos
        if pos < 0:
            self._seq = None
            raise StopIteration
        self._pos = pos - 1
        return self._seq[pos]


class Sequence(Reversible, Collection):
    """Read-only sequences: subclasses provide __getitem__ and __len__; __iter__,
    __contains__, __reversed__, index and count follow."""
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        return _IndexIter(self)

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        return _ReverseIndexIter(self)

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        n = 0
        for v in self:
            if v is value or v == value:
                n += 1
        return n


Sequence.register(tuple)
Sequence.register(str)
Sequence.register(range)
try:
    Sequence.register(memoryview)
except NameError:
    pass


class ByteString(Sequence):
    """bytes and bytearray."""
    __slots__ = ()


ByteString.register(bytes)
ByteString.register(bytearray)


class MutableSequence(Sequence):
    """Sequences with __setitem__, __delitem__ and insert (abstract), and append, clear,
    reverse, extend, pop, remove and += built on them."""
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            j = n - 1 - i
            self[i], self[j] = self[j], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


MutableSequence.register(list)
MutableSequence.register(bytearray)
