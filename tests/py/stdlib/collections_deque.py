# collections.deque: both ends, rotation, bounds, indexing, comparisons and errors.
from collections import deque
import copy

d = deque('ghi')
d.append('j')
d.appendleft('f')
print(d, len(d), d[0], d[-1], list(d), list(reversed(d)))
print(d.pop(), d.popleft(), d, 'h' in d, 'z' in d)
d.extend('jkl')
d.extendleft('abc')
print(d)
d.rotate(1)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(len(d) * 3 + 1)
print(d)
d.clear()
print(d, len(d), bool(d), deque(), deque(range(5)))

# Bounded deques drop from the opposite end.
b = deque(range(5), maxlen=3)
print(b, b.maxlen)
b.append(5)
print(b)
b.appendleft(-1)
print(b)
b.extend([10, 11])
print(b)
b.extendleft([20])
print(b)
z = deque([1, 2], maxlen=0)
z.append(3)
print(z, len(z))
print(deque([1, 2, 3], 2), deque(maxlen=5), deque(maxlen=None))

# Indexing and item assignment.
e = deque([10, 20, 30, 40])
e[1] = 21
e[-1] = 41
del e[0]
print(e, e[0], e[-3], e.index(30), e.count(21), e.count(99))
e.insert(1, 25)
e.insert(-100, 0)
e.insert(100, 99)
print(e)
e.remove(25)
e.reverse()
print(e)
e2 = deque([1, 2, 1, 2, 1])
print(e2.index(1), e2.index(1, 1), e2.index(1, -2), e2.index(2, 0, 2))

# Growth past the initial buffer, mixing both ends.
big = deque()
for i in range(50):
    big.append(i)
    big.appendleft(-i)
for i in range(30):
    big.popleft()
print(len(big), big[0], big[-1], sum(big), big[25])

# Operators and comparisons.
f = deque([1, 2])
print(f + deque([3]), f * 2, 2 * f, f * 0, deque([1, 2], maxlen=3) * 3)
g = deque([1])
g += [2, 3]
g *= 2
print(g)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1]), deque([1]) < deque([2]), deque([1, 2]) >= deque([1, 2]))
print(deque([1]) == [1], deque() == deque([], maxlen=2))
print(copy.copy(b), copy.deepcopy(deque([[1]], maxlen=2)), b.copy(), b.copy() is b)

# Recursive repr.
r = deque([1])
r.append(r)
print(r)

# Subclasses keep their type in copies and reprs.
class MyDeque(deque):
    pass
md = MyDeque([1, 2], maxlen=4)
print(md, type(md.copy()).__name__, md.copy(), type(copy.copy(md)).__name__)

def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: deque().pop())
check(lambda: deque().popleft())
check(lambda: deque([1])[1])
check(lambda: deque([1])[-2])
check(lambda: deque([1])['x'])
check(lambda: deque([1])[0:1])
check(lambda: deque([1]).remove(2))
check(lambda: deque([1]).index(2))
check(lambda: deque([1], maxlen=1).insert(0, 5))
check(lambda: deque([], -1))
check(lambda: deque([], 'x'))
check(lambda: deque(5))
check(lambda: hash(deque()))
check(lambda: deque() + [1])
it = iter(deque([1, 2]))
dd = deque([1, 2])
it = iter(dd)
next(it)
dd.append(3)
check(lambda: next(it))
print(list(iter(deque([5, 6]))), list(reversed(deque([]))))
