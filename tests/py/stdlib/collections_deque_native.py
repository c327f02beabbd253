# collections.deque as CPython 3.11 has it: the methods, both ends, maxlen, rotation, searches,
# operators, iterators and mutation checks, reprs, copying and reduction.
from collections import deque
import _collections
import copy


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(deque, deque.__module__, deque.__name__, deque.__qualname__)
print(_collections.deque is deque)
print(type(iter(deque())), type(reversed(deque())))
print(deque[int], deque.__hash__)

# Both ends.
d = deque()
for i in range(20):
    d.append(i)
    d.appendleft(-i)
print(d, len(d), bool(d), bool(deque()))
print([d.pop() for _ in range(5)], [d.popleft() for _ in range(5)])
print(d[0], d[-1], d[5], d[-6])
d[0] = 'a'
d[-1] = 'z'
del d[1]
del d[-2]
print(d)

# A long run through the ring: grows, wraps around and shrinks.
d = deque()
total = 0
for i in range(10000):
    d.append(i)
    if i % 3 == 0:
        total += d.popleft()
print(len(d), total, d[0], d[-1], sum(d))
while len(d) > 3:
    d.pop()
print(d)
for i in range(100):
    d.appendleft(i)
    d.pop()
print(d)

# extend, extendleft, with itself, iterators and generators.
d = deque([1, 2, 3])
d.extend(d)
print(d)
d.extendleft(d)
print(d)
d.extend(x * 10 for x in range(3))
d.extendleft(iter((7, 8)))
print(d)
d.extend(deque([100, 200]))
d.extend((300,))
print(d)
d += [1]
d += 'ab'
print(d)

# maxlen.
d = deque(range(10), maxlen=3)
print(d, d.maxlen)
d.append(10)
d.appendleft(-1)
print(d)
d.extend(range(5))
print(d)
d.extendleft(range(5))
print(d)
d.insert(5, 'x') if len(d) < 3 else None
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
z.extend(range(5))
z.extendleft(range(5))
print(z, len(z), z.maxlen)
g = (print('consumed', i) for i in range(2))
z.extend(g)
print(deque([1, 2, 3], maxlen=5) * 3)
print(deque([1], maxlen=4) * 10)
print(deque([1, 2, 3], 2), deque('abc', maxlen=None).maxlen)

# rotate.
d = deque(range(7))
for n in (1, -1, 3, -3, 7, 14, 100, -100, 0, 10**6 + 1, -(10**6 + 1)):
    d.rotate(n)
    print(n, list(d))
d.rotate()
print(list(d))
e = deque()
e.rotate(5)
e.append(1)
e.rotate(-5)
print(e)
full = deque(range(8))
full.rotate(3)
print(full)
full.rotate(-5)
print(full)

# reverse, count, index, remove, insert, clear.
d = deque([1, 2, 3, 2, 1, 2])
d.reverse()
print(d, d.count(2), d.count(9))
print(d.index(2), d.index(2, 1), d.index(2, 2), d.index(1, -3), d.index(3, 0, 4))
print(d.index(2, -100, 100), d.index(2, 1, -1))
for args in ((2, 4, 5), (9,), (3, 4), (1, 10, 20), (2, 3, 1)):
    show(('index',) + args, lambda: d.index(*args))
d.remove(2)
print(d)
show('remove', lambda: d.remove(42))
for i, v in ((0, 'a'), (-1, 'b'), (100, 'c'), (-100, 'd'), (3, 'e'), (-2, 'f')):
    d.insert(i, v)
    print(i, d)
d.clear()
print(d, len(d))
print(2 in deque([1, 2]), 3 in deque([1, 2]))
nan = float('nan')
print(nan in deque([nan]), deque([nan]).count(nan), deque([nan]).index(nan))

# Operators.
a, b = deque([1, 2]), deque([3])
print(a + b, a * 2, 2 * a, a * 0, a * -1, a)
c = deque([1, 2])
c *= 3
print(c)
c *= 1
print(c)
c *= 0
print(c)
print(a == deque([1, 2]), a != deque([1, 2]), a == [1, 2], a != [1, 2])
print(a < b, a <= b, a > b, a >= b, deque() < deque([1]), deque([1, 2]) > deque([1]))
print(deque([1, 2]) <= deque([1, 2]), deque([1, 3]) > deque([1, 2, 5]))
print(a == a, a != a, a < a)

# Iteration.
d = deque(range(5))
print(list(d), list(reversed(d)), list(iter(d)))
it = iter(d)
print(next(it), it.__length_hint__(), list(it), it.__length_hint__())
r = reversed(d)
print(next(r), r.__length_hint__())
print(list(type(iter(d))(d, 2)), list(type(reversed(d))(d, 2)), list(type(iter(d))(d, 99)))
print(iter(d).__reduce__()[1][1], type(iter(d)).__name__)

# Mutation during iteration.
def during(op):
    d = deque(range(5))
    it = iter(d)
    next(it)
    op(d)
    try:
        print(list(it))
    except RuntimeError as e:
        print('RuntimeError', e)

during(lambda d: d.append(9))
during(lambda d: d.appendleft(9))
during(lambda d: d.pop())
during(lambda d: d.popleft())
during(lambda d: d.extend([1]))
during(lambda d: d.extend([]))
during(lambda d: d.clear())
during(lambda d: d.rotate(0))
during(lambda d: d.reverse())
during(lambda d: d.__setitem__(0, 'x'))
during(lambda d: d.__delitem__(0))
during(lambda d: d.insert(1, 'x'))
during(lambda d: d.remove(3))
during(lambda d: d.__imul__(1))
during(lambda d: d.__imul__(2))
it = iter(deque())
e = deque()
e.clear()
print(list(it))
d = deque([1])
it = iter(d)
d.rotate(5)
print(list(it))
it = iter(d)
list(it)
d.append(2)
show('exhausted then mutated', lambda: next(it))
show('again', lambda: next(it))


# == that changes the deque.
class Meddler:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.append(0)
        return False

    __hash__ = None


for name in ('count', 'index', 'remove', 'contains', 'eq', 'lt'):
    d = deque([1, 2, 3])
    m = Meddler(d)
    ops = {
        'count': lambda: d.count(m),
        'index': lambda: d.index(m),
        'remove': lambda: d.remove(m),
        'contains': lambda: m in d,
        'eq': lambda: d == deque([m, 2, 3]),
        'lt': lambda: d < deque([1, m]),
    }
    show(name, ops[name])
    print(len(d))


class Clearer:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.clear()
        return False


d = deque([1, 2, 3, 4])
show('count cleared', lambda: d.count(Clearer(d)))
d = deque([1, 2, 3, 4])
show('remove cleared', lambda: d.remove(Clearer(d)))
d = deque([Clearer(None), 2])
d[0].d = d
show('contains cleared', lambda: 5 in d)
d = deque([1, 2, 3])
x = deque([1, 2, 3])
it1 = iter(x)
show('cmp mutated', lambda: deque([Meddler(x), 1]) == deque([1, 2]))

# repr, including recursion.
d = deque([1, 'a', None])
print(repr(d), str(d))
d.append(d)
print(d)
print(deque([d]))
m = deque([[]], maxlen=2)
m[0].append(m)
print(m)
print(deque(maxlen=7), deque([1], maxlen=0))

# copy and reduce.
d = deque([1, [2]], maxlen=5)
c = d.copy()
print(c, c.maxlen, c is d, c[1] is d[1])
print(copy.copy(d), copy.deepcopy(d), d.__copy__())
dc = copy.deepcopy(d)
print(dc[1] is d[1])
print(d.__reduce__()[:3], list(d.__reduce__()[3]))
print(deque([1]).__reduce__()[:3], deque([1]).__reduce_ex__(2)[:3])
print(isinstance(deque(), __import__('collections').abc.MutableSequence))
print(isinstance(deque(), __import__('collections').abc.Sequence))
