# filter and map (incl. multiple iterables), laziness.
print(list(filter(None, [0, 1, '', 'a', [], [0], None, True])), list(filter(str.isdigit, 'a1b2')), list(filter(lambda x: x > 1, (1, 2, 3))))
print(list(map(str, range(4))), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(pow, [2, 3, 4], [1, 2], [5, 5])))
print(list(map(len, ['a', 'bb'])), list(map(int, '123')), list(map(str.upper, 'ab')), list(map(lambda *a: a, 'ab', 'cd', 'ef')))
calls = []
def noisy(x):
    calls.append(x)
    return x * 10
m = map(noisy, [1, 2, 3])
print(calls, type(m).__name__)
print(next(m), calls)
print(list(m), calls)
print(list(m))
f = filter(lambda v: v % 2, range(10))
print(type(f).__name__, next(f), next(f), list(f))
for bad in (lambda: map(), lambda: map(len), lambda: filter(None), lambda: list(map(len, [1])), lambda: list(filter(5, [1]))):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(sum(map(lambda x: x * x, range(10))), max(map(len, ['abc', 'de'])), dict(map(lambda k: (k, ord(k)), 'ab')))
