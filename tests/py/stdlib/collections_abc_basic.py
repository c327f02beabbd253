# collections.abc: isinstance checks on built-ins and user classes, and the mixin methods.
import collections.abc
from collections.abc import (Iterable, Iterator, Sized, Container, Callable, Hashable,
                             Sequence, MutableSequence, Mapping, MutableMapping, Set,
                             MutableSet, Collection, Reversible, KeysView, ItemsView,
                             ValuesView, ByteString, Generator)
import collections

print(collections.abc is collections.abc, collections.abc.Iterable is Iterable, Iterable)
print(Sequence.__module__, MutableMapping.__name__, type(Iterable).__name__)
values = [[1], (1,), 'a', b'b', bytearray(b'c'), {1: 2}, {1}, frozenset(), range(2), 1, 1.5,
          None, len, iter([]), {}.keys(), {}.items()]
abcs = [Iterable, Iterator, Sized, Container, Callable, Hashable, Sequence, MutableSequence,
        Mapping, MutableMapping, Set, MutableSet, Collection, Reversible, ByteString]
for v in values:
    print(type(v).__name__, ''.join(['1' if isinstance(v, a) else '.' for a in abcs]))
print(issubclass(KeysView, Set), isinstance({}.keys(), KeysView), isinstance({}.items(), ItemsView), isinstance({}.values(), ValuesView))
print(isinstance(collections.OrderedDict(), MutableMapping), isinstance(collections.deque(), MutableSequence), isinstance(collections.deque(), Sequence))
print(isinstance(collections.Counter(), Mapping), isinstance(collections.ChainMap(), MutableMapping), isinstance(collections.UserList(), MutableSequence))

# Structural checks through __subclasshook__.
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
class OnlyLen:
    def __len__(self):
        return 0
class Unhashable:
    __hash__ = None
class NoIter:
    __iter__ = None
print(isinstance(It(), Iterator), isinstance(It(), Iterable), issubclass(OnlyLen, Sized), issubclass(OnlyLen, Collection))
print(isinstance(Unhashable(), Hashable), isinstance(object(), Hashable), issubclass(NoIter, Iterable), isinstance(It, Callable))

# A full Sequence from __getitem__ and __len__.
class Seq(Sequence):
    def __init__(self, *items):
        self.items = items
    def __getitem__(self, i):
        return self.items[i]
    def __len__(self):
        return len(self.items)
s = Seq(1, 2, 3, 2)
print(list(s), list(reversed(s)), 2 in s, 9 in s, s.index(2), s.index(2, 2), s.count(2), len(s))
try:
    s.index(9)
except ValueError as e:
    print('ValueError', repr(e))
try:
    Sequence()
except TypeError as e:
    print('TypeError', str(e).split(' with ')[0])

class MList(MutableSequence):
    def __init__(self):
        self.data = []
    def __getitem__(self, i):
        return self.data[i]
    def __setitem__(self, i, v):
        self.data[i] = v
    def __delitem__(self, i):
        del self.data[i]
    def __len__(self):
        return len(self.data)
    def insert(self, i, v):
        self.data.insert(i, v)
m = MList()
m.append(1)
m.extend([2, 3, 4])
m += [5]
m.reverse()
print(m.data, m.pop(), m.pop(0), m.data)
m.remove(3)
print(m.data)
m.clear()
print(m.data, len(m))

class Map(Mapping):
    def __init__(self, **kw):
        self.d = kw
    def __getitem__(self, k):
        return self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
mp = Map(a=1, b=2)
print(mp.get('a'), mp.get('z', 0), 'a' in mp, list(mp.keys()), list(mp.items()), list(mp.values()), mp == {'a': 1, 'b': 2}, mp != {'a': 1})
print(mp.keys() & {'a', 'x'}, mp.keys() | {'c'} == {'a', 'b', 'c'}, ('a', 1) in mp.items(), 2 in mp.values(), len(mp.items()))
print(repr(mp.keys())[:10], type(mp.items()).__name__, mp.keys() == {'a', 'b'}, mp.keys() - {'a'})

class MMap(MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
mm = MMap()
mm.update({'a': 1}, b=2)
mm.update([('c', 3)])
print(mm.d, mm.setdefault('a', 9), mm.setdefault('z', 26), mm.pop('z'), mm.pop('zz', None), mm.popitem(), mm.d)
mm.clear()
print(mm.d)
try:
    mm.pop('q')
except KeyError as e:
    print('KeyError', e)
try:
    mm.popitem()
except KeyError as e:
    print('KeyError', repr(e))

class ListSet(Set):
    def __init__(self, items=()):
        self.items = []
        for i in items:
            if i not in self.items:
                self.items.append(i)
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
a = ListSet([1, 2, 3])
b = ListSet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= b, ListSet([2]) < a, a == ListSet([3, 2, 1]), a.isdisjoint([7]))
print(type(a & b).__name__, sorted([1, 2] - a) if False else sorted(a - [1]), a._hash() == frozenset([1, 2, 3]).__hash__())

class MSet(MutableSet):
    def __init__(self):
        self.s = set()
    def __contains__(self, x):
        return x in self.s
    def __iter__(self):
        return iter(list(self.s))
    def __len__(self):
        return len(self.s)
    def add(self, x):
        self.s.add(x)
    def discard(self, x):
        self.s.discard(x)
ms = MSet()
ms |= {1, 2, 3}
ms -= {1}
ms ^= {3, 4}
print(sorted(ms.s))
class MSet2(MSet):
    def __init__(self, items=()):
        self.s = set(items)
ms = MSet2([3, 4])
ms &= {4}
print(sorted(ms.s), ms.pop(), len(ms))
try:
    ms.remove(1)
except KeyError as e:
    print('KeyError', e)
