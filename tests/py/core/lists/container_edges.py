# Container edge cases: MemoryError sizes, mutation during lookup, sort paths, subclasses, big ranges.
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
t(lambda: [0] * 2**62)
t(lambda: (0,) * 2**62)
t(lambda: [0, 1] * 2**61)
l = []
for i in range(50): l = [l]
t(lambda: len(repr(l)))
class Evil:
    def __init__(self, d): self.d = d
    def __hash__(self): return 1
    def __eq__(self, o):
        self.d.clear()
        return False
d = {}
d[Evil(d)] = 1
t(lambda: d.get(Evil(d)))
print(d)
s = set()
class Evil2:
    def __hash__(self): return 1
    def __eq__(self, o):
        s.clear()
        return False
s.add(Evil2()); t(lambda: Evil2() in s)
import_ok = True
x = list(range(60, 0, -1)) + [1.5, 2.5]
x.sort(); print(x[:4], x[-3:])
x = [(i % 7, i) for i in range(40)]
x.sort(key=lambda p: p[0]); print(x[:5], x[-3:])
x = ['b', 'a', 3]
t(lambda: x.sort()); print(x)
t(lambda: sorted([1, 2], key=lambda v: 1 / 0))
class R:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v > o.v
    def __repr__(self): return 'R%d' % self.v
print(sorted([R(1), R(3), R(2)]), sorted([R(1), R(3), R(2)], reverse=True))
print(sorted([3, 1.5, True, -2, 2**70, 0.5]))
d = {i: i for i in range(10)}
for i in range(10):
    if i % 2: del d[i]
d[100] = 1
print(d, list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print(d.popitem(), d.popitem(), d)
class MyList(list):
    pass
m = MyList([3, 1, 2]); m.sort(); print(m, type(m), m + [1], type(m[:1]), MyList('ab'))
class MyDict(dict): pass
md = MyDict(a=1); print(md, type(md.copy()), md | {'b': 2}, type(md | {}))
class MyTuple(tuple): pass
mt = MyTuple([1, 2]); print(mt, type(mt), mt + (3,), mt[0:2], type(mt[:]), hash(mt) == hash((1, 2)))
class MySet(set): pass
ms = MySet([1, 2]); print(ms, ms | {3}, type(ms | {3}), type(ms.copy()), MySet())
class FS(frozenset): pass
print(FS([1]), type(FS([1]) | {2}))
a = [1, 2, 3]; a[5:] = [9]; print(a); a[-100:1] = []; print(a)
a = list(range(10)); a[8:2:-2] = 'xyz'; print(a)
a = list(range(10)); del a[8:2:-2]; print(a)
print(list(range(10))[::-3], list(range(10))[-2:2:-1], (1, 2, 3)[::-1], 'abc'[::-1])
print(dict(zip('abc', range(3))), list(enumerate('ab', start=10)), list(zip(*[(1, 2), (3, 4)])))
it = iter(range(3)); print(it.__length_hint__(), next(it), it.__length_hint__())
print(list(range(0, 10**20, 3 * 10**19)), list(reversed(range(0, 10**20, 3 * 10**19))))
print(10**19 in range(0, 10**20, 10**19), range(0, 10**20, 10**19).index(3 * 10**19), range(2**64)[2**63], range(0, 10, 3)[1:100])
print(hash(range(10**20)) == hash(range(0, 10**20, 1)), range(10**20) == range(0, 10**20))
t(lambda: len(range(2**64)))
print(slice(2**100).indices(10), slice(-2**100, None).indices(10), [1, 2, 3][-2**100:2**100])
d = {}
d.update(a=1, b=2); d.update([('c', 3)]); d.update({'d': 4}.items()); print(d)
print({1: 'a', 2: 'b'}.keys() - [1], {1: 'a'}.items() ^ {(2, 'b')}, {1: 2}.keys() | {1: 2}.keys())
print(frozenset([1, 2]) == {1, 2}, {1, 2} == frozenset([1, 2]), {frozenset(): 1}[frozenset()], hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
s = {1, 2, 3}; s.intersection_update([2, 3, 4], {3}); print(s)
s = {1, 2, 3}; s.difference_update([1], {2}); print(s); s.symmetric_difference_update([3, 4]); print(s)
print(set([1, 2]).issubset([1, 2, 3]), set([1, 2]) <= {1}, set() < {1})
print(list(map(pow, [2, 3], [3, 2])), list(filter(lambda x: x > 1, [1, 2, 3])), list(filter(bool, [0, 1])))
