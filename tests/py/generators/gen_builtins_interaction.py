# Builtins consuming generators: laziness and short-circuiting are observable.
def noisy(values):
    for v in values:
        print('  produce', v)
        yield v
print(any(noisy([0, 1, 2])))
print(all(noisy([1, 0, 2])))
print(next(filter(None, noisy([0, 0, 5, 6]))))
print(list(map(str, noisy([1, 2]))))
print(list(zip(noisy('ab'), noisy('xyz'))))
print(sorted(noisy([3, 1, 2])), max(noisy([4, 9])), min(noisy([4, 9]), key=lambda v: -v))
print(dict(enumerate(noisy('pq'))))
print('b' in noisy('abc'))
e = enumerate(noisy('xy'))
print(next(e))
r = reversed(list(noisy([1, 2])))
print(list(r))
print(sum(noisy(range(3)), 100), ''.join(noisy('hi')), len(list(noisy([]))))
a, *rest = noisy([1, 2, 3])
print(a, rest)
try:
    len(noisy([1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    noisy([1])[0]
except TypeError as e:
    print(type(e).__name__, e)
