# yield from: delegation and the subgenerator's return value.
def inner():
    yield 'inner 1'
    yield 'inner 2'
    return 'inner result'
def outer():
    print('  outer start')
    result = yield from inner()
    print('  outer got', repr(result))
    yield 'outer done'
    return 'outer result'
g = outer()
print(list(g))
def outer2():
    r = yield from outer()
    yield f'outer2 saw {r}'
print(list(outer2()))
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain('ab', [1, 2], range(2), {'k': 'v'}, (x for x in 'yz'))))
def delegate_empty():
    r = yield from []
    yield r
print(list(delegate_empty()))
def counts():
    total = 0
    for n in (1, 2, 3):
        total += yield from repeat_n(n)
    return total
def repeat_n(n):
    for _ in range(n):
        yield n
    return n * 10
g = counts()
print(list(g))
g = counts()
try:
    while True:
        next(g)
except StopIteration as e:
    print('total', e.value)
def bad_delegate():
    yield from 5
try:
    list(bad_delegate())
except TypeError as e:
    print(type(e).__name__, e)
