# Generator functions: lazy execution, next(), StopIteration, iteration protocols.
def count_up(n):
    print('  generator started')
    i = 0
    while i < n:
        print('  yielding', i)
        yield i
        i += 1
    print('  generator finishing')
g = count_up(3)
print(type(g).__name__, iter(g) is g, hasattr(g, '__next__'))
print('first next:', next(g))
print('second next:', next(g))
print('rest:', list(g))
print('exhausted:', next(g, 'default'), list(g))
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, e.value)
def empty():
    return
    yield
print(list(empty()), next(empty(), 'empty default'))
def single():
    yield 'only'
print([x for x in single()], tuple(single()), set(single()), dict.fromkeys(single()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
for i, v in enumerate(fib()):
    if v > 100:
        print('first fib over 100 at index', i, v)
        break
print(sum(count_up(4)))
a, b, c = count_up(3)
print(a, b, c)
print(*count_up(2))
def yields_none():
    yield
    yield None
print(list(yields_none()))
print(list(zip(count_up(2), 'ab')))
