# Hash equality rules across numeric types (relations only).
vals = [0, 0.0, -0.0, False, 1, 1.0, True, 2 ** 61 - 1, 2 ** 64, 2.0 ** 64, -1, -1.0, 0.5, 1e100, 10 ** 100]
for v in vals:
    print(repr(v), hash(v) == hash(int(v)) if v == int(v) else 'non-int', hash(v) == hash(v))
print(hash(1) == 1, hash(0) == 0, hash(-1) == -2, hash(-2) == -2, hash(1000) == 1000)
print(hash(0.5) == hash(0.5), hash(1.0) == 1, hash(2 ** 64) == hash(2.0 ** 64))
print(hash(float('inf')), hash(float('-inf')))
print(hash(10 ** 100) == hash(float(10 ** 100)) if float(10 ** 100) == 10 ** 100 else 'not equal')
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d)
s = {0, 0.0, False, -0.0}
print(s, len(s))
print(len({1, 1.0, True, 2, 2.0}))
print(hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset({1, 2})) == hash(frozenset({2.0, 1.0})))
print(hash(()) == hash(()), hash('abc') == hash('ab' + 'c'), hash(b'x') == hash(b'x'))
try:
    hash([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash({})
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
print(hash(None) == hash(None), hash(int) == hash(int))
