# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def leaks():
    yield 1
    raise StopIteration('leaked')
g = leaks()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, '| cause:', repr(e.__cause__))
def next_on_empty():
    it = iter([])
    yield next(it)
try:
    list(next_on_empty())
except RuntimeError as e:
    print(type(e).__name__, e)
def safe_next():
    it = iter([1])
    while True:
        try:
            v = next(it)
        except StopIteration:
            return 'handled inside'
        yield v
g = safe_next()
print(list(g))
def in_genexp():
    return list(next(iter([])) for _ in range(1))
try:
    in_genexp()
except RuntimeError as e:
    print('genexp:', e)
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration('plain iterators may raise it')
print(list(It()))
def subclass_stop():
    yield 1
    class MyStop(StopIteration):
        pass
    raise MyStop
try:
    list(subclass_stop())
except RuntimeError as e:
    print('subclass also converted:', e)
