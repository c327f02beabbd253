# frozenset: hashable, immutable, usable as keys and members.
f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, repr(frozenset()), frozenset('aa') == frozenset({'a'}))
print(hash(f) == hash(frozenset([1, 2, 3])), {f: 'key'}[frozenset({1, 2, 3})], {f, frozenset([3, 2, 1])})
print(f.union({4}), f.intersection([1, 9]), f.difference({1}), f.symmetric_difference({1, 7}), f.copy() is f)
print(f.issubset({1, 2, 3, 4}), f.issuperset({1}), f.isdisjoint({8}))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
nested = frozenset([frozenset([1]), frozenset([2, 1])])
print(len(nested), frozenset([1]) in nested)
s = {frozenset({1, 2}), frozenset({2, 1})}
print(s)
print({1, 2} in {frozenset({1, 2})}, frozenset() == set(), type(frozenset({1}) | {2}).__name__)
class FS(frozenset):
    pass
fs = FS([1, 2])
print(fs, type(fs).__name__, type(fs | {3}).__name__)
