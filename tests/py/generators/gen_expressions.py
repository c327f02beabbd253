# Generator expressions: laziness, consumption by builtins, scoping.
g = (x * x for x in range(5))
print(type(g).__name__, next(g), next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ['a', 'abc']), min((x for x in [3, 1, 2]), default=0))
print(list(x for x in 'abc' if x != 'b'), tuple(i * j for i in range(3) for j in range(2)), set(c for c in 'aab') == {'a', 'b'})
print(dict((k, len(k)) for k in ['x', 'yy']), ''.join(str(i) for i in range(5)), sorted((x for x in [3, 1, 2]), reverse=True))
log = []
def src():
    for i in range(3):
        log.append(f'produce {i}')
        yield i
lazy = (v * 10 for v in src())
print(log)
print(next(lazy), log)
print(list(lazy), log)
def bad_iter():
    raise ValueError('first iterable evaluated eagerly')
try:
    (x for x in bad_iter())
except ValueError as e:
    print(type(e).__name__, e)
gen_with_bad_inner = (y for x in range(2) for y in 5)
try:
    list(gen_with_bad_inner)
except TypeError as e:
    print('inner iterable evaluated lazily:', type(e).__name__, e)
x = 'outer'
list(x for x in range(3))
print(x)
print(any(x > 2 for x in [1, 2, 3, 4]), all(x < 3 for x in [1, 2, 3]))
class C:
    data = [1, 2, 3]
    total = sum(d for d in data)
    try:
        scaled = list(d * factor for d in data for factor in data)
    except NameError as e:
        scaled = 'unreachable'
    factor = 2
    try:
        bad = list(d * factor for d in data)
    except NameError as e:
        bad = f'NameError: {e}'
print(C.total, C.bad)
nested = ((i, j) for i in range(3) if i for j in range(i))
print(list(nested))
print(list(zip((i for i in range(3)), (c for c in 'abcdef'))))
g = (i for i in range(3))
print(iter(g) is g, g.__name__, g.__qualname__)
