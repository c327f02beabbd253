# set methods with small ints.
s = {3, 1, 2}
s.add(4)
s.add(1)
print(s, len(s), 1 in s, 9 not in s)
s.discard(9)
s.discard(4)
s.remove(3)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
s.update([5, 6], (7,), range(8, 10))
print(s)
print(s.pop() in range(10), len(s))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([9], (10,)), a.intersection(b, {4}), a.difference({1}, [2]), a.issubset(range(10)), a.issuperset([1, 2]))
print(a.isdisjoint(b), a.isdisjoint({7}), {1}.issubset({1}), set().issubset(a))
c = a.copy()
c.intersection_update(b)
print(c)
c = a.copy()
c.difference_update(b)
print(c)
c = a.copy()
c.symmetric_difference_update(b)
print(c)
c.clear()
print(c, set(), set([1, 1, 2]), set('aab') == {'a', 'b'}, set({1: 'x', 2: 'y'}), set(range(5)))
for bad in (lambda: {[1]}, lambda: set(5), lambda: {1}.add([]), lambda: {1} + {2}, lambda: {1}.union(5), lambda: {1} < [1],
            lambda: {1} | [2]):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted({5, -1, 3}), max({2, 7}), sum({1, 2, 3}), {1, 2} == {2, 1}, {1} != {1.0})
print({x * 2 for x in range(5)}, {x for x in [3, 3, 1]}, {(1, 2), (1, 2)})
