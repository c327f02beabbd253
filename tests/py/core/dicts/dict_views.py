# Dictionary views: dynamic, set operations on keys and items.
d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), len(v), len(i))
d['d'] = 4
del d['a']
print(k, v, i)
print('b' in k, 2 in v, ('b', 2) in i, ('b', 3) in i, 'zz' in k)
print(sorted(k & {'b', 'x'}), sorted(k | {'z'}), sorted(k - {'b'}), sorted(k ^ {'b', 'q'}))
print(k & {'b'} == {'b'}, type(k & {'b'}).__name__, k == {'b', 'c', 'd'}, k == ['b', 'c', 'd'])
print(sorted(i & {('b', 2), ('c', 0)}), sorted(i - {('b', 2)}), k.isdisjoint({'x'}), k <= {'b', 'c', 'd', 'e'}, k < {'b', 'c', 'd'})
print(list(k), list(v), list(i), list(reversed(k)), list(reversed(v)))
print(v == v, v == d.values(), list(d.values()) == [2, 3, 4])
try:
    v & {1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
print(k.mapping if hasattr(k, 'mapping') else 'no mapping', type(k).__name__, type(v).__name__, type(i).__name__)
e = {}
print(e.keys(), e.values(), e.items(), {1: 2}.keys() | {3} == {1, 3})
it = iter(d.items())
print(next(it), next(it))
for key, val in d.items():
    print(key, val, end='; ')
print()
