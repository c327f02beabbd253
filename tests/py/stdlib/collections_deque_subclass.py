# Subclasses of collections.deque: their own __init__, attributes, __slots__, overridden
# methods (which the deque's own methods do not call), and the copies, sums, products and
# reductions CPython 3.11 builds by calling the subclass.
from collections import deque
import copy


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Plain(deque):
    pass


p = Plain([1, 2], 4)
p.tag = 'x'
print(p, type(p).__name__, p.maxlen, p.tag, p.__dict__, isinstance(p, deque))
print(p.copy(), type(p.copy()), copy.copy(p), type(p + p), p + deque([3]), p * 2, 3 * p)
print(type(p * 2), type(2 * p), type(p.__copy__()))
print(p.copy().__dict__, p == deque([1, 2]), deque([1, 2]) == p, p < Plain([1, 3]))
print(p.__reduce__()[:3], list(p.__reduce__()[3]))
print(p.__reduce_ex__(4)[:3])
print(copy.deepcopy(p), copy.deepcopy(p).tag)
print(deque([0]) + p, type(deque([0]) + p))
q = Plain()
print(q, q.maxlen, q.__reduce__()[:3])
p += [5, 6, 7]
print(p, type(p))
p *= 2
print(p, type(p))


class Tracked(deque):
    def __init__(self, iterable=(), maxlen=None, label='?'):
        print('init', type(iterable).__name__, maxlen, label)
        super().__init__(iterable, maxlen)
        self.label = label

    def append(self, x):
        print('own append', x)
        super().append(x)


t = Tracked([1, 2, 3], 5, label='t')
t.append(4)
t.extend([5])  # deque.extend does not call the override
print(t, t.label)
c = t.copy()
print(c, c.label, type(c).__name__)
print(t + Tracked([9]))
print(t * 2)
print(copy.copy(t).label)
u = Tracked([1])
print(u.copy())


class NoArgs(deque):
    def __init__(self):
        super().__init__([1, 2])


n = NoArgs()
show('copy of NoArgs', lambda: n.copy())
show('add NoArgs', lambda: n + n)


class Weird(deque):
    def __new__(cls, *args):
        if args:
            return [1, 2, 3]
        return super().__new__(cls)


show('copy of Weird', lambda: Weird().copy())


class Reversed(deque):
    def __iter__(self):
        return iter(list(deque.__iter__(self))[::-1])

    def __len__(self):
        return 100


r = Reversed([1, 2, 3])
print(repr(r), list(r), r == deque([3, 2, 1]), r.copy(), r[-98])
show('r[-1]', lambda: r[-1])
show('r[-101]', lambda: r[-101])
print(len(r), list(deque(r)))
r2 = Reversed([1, 2])
r2 *= 2
print(deque.__repr__(r2), deque.__len__(r2))
print(r.__reduce__()[:3], list(r.__reduce__()[3]))


class Slotted(deque):
    __slots__ = ('a', 'b')


s = Slotted([1])
s.a = 5
print(s, s.a)
show('Slotted dict', lambda: s.__dict__)


class Stateful(deque):
    def __getstate__(self):
        return {'custom': len(self)}


print(Stateful([1, 2]).__reduce__()[:3])


class Recursive(deque):
    pass


rec = Recursive([1])
rec.append(rec)
print(rec)


class BadCopy(deque):
    def __init__(self, *args):
        super().__init__()


print(BadCopy([1, 2]).copy(), BadCopy([1]) * 3)


class Ctr(deque):
    made = 0

    def __init__(self, *args):
        Ctr.made += 1
        super().__init__(*args)


x = Ctr([1, 2], 3)
y = x * 3
z = x + x
print(y, z, Ctr.made)

print(Plain.__mro__, Plain.maxlen.__get__(Plain([], 2)))
show('Plain hash', lambda: hash(Plain()))
print(Plain[int])


class Private(Slotted):
    __slots__ = ['__hidden', 'shown', '__dunder__']


pv = Private([1, 2], 3)
pv._Private__hidden = 'h'
pv.__dunder__ = 'd'
pv.a = 'a'
print(pv.__reduce__()[:3])
print(s.__reduce__()[:3], Slotted().__reduce__()[:3])


class Both(deque):
    __slots__ = ('k', '__dict__')


bo = Both()
bo.k = 1
bo.extra = 2
print(bo.__reduce__()[:3])
