# iter (one- and two-argument forms) and next with default.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'default'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
print(list(iter('abc')), list(iter((1, 2))), list(iter({1: 'a'})), type(iter('')).__name__, type(iter(range(3))).__name__)
print(type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__, type(iter(set())).__name__, type(iter(b'')).__name__)
data = [5, 4, 3, 0, 2, 1]
def pop_front():
    return data.pop(0)
print(list(iter(pop_front, 0)), data)
counter = [0]
def count():
    counter[0] += 1
    return counter[0]
print(list(iter(count, 4)))
callable_it = iter(count, 100)
print(next(callable_it), type(callable_it).__name__, iter(callable_it) is callable_it)
for bad in (lambda: iter(5), lambda: iter(5, 1), lambda: next(5), lambda: iter(), lambda: next()):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
class Stopper:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(iter(Stopper(), 'never')))
d = {'a': 1, 'b': 2}
di = iter(d)
print(next(di), list(di), list(di))
