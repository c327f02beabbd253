# return in a generator sets StopIteration.value.
def with_return():
    yield 1
    return 'the result'
g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value, e.args)
def return_none():
    yield 1
    return
g = return_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value, e.args)
def return_tuple():
    yield
    return 1, 2
g = return_tuple()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)
print(list(with_return()))
def return_stopiteration():
    yield 1
    return StopIteration('as value')
g = return_stopiteration()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e.value))
