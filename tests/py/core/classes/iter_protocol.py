# __iter__ / __next__ iterator protocol, StopIteration, iter() on sequences.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(3)), [x * 2 for x in Countdown(4)], sum(Countdown(10)), max(Countdown(5)))
c = Countdown(2)
print(next(c), next(c), next(c, 'done'), next(c, 'still done'))
try:
    next(c)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value)
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range2Iter(self.n)
class Range2Iter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
    def __iter__(self):
        return self
r = Range2(3)
print(list(r), list(r), [(a, b) for a in r for b in r if a < b])
a, b, c = Range2(3)
print(a, b, c, *Range2(2), 'x' in Range2(2), 2 in Range2(2))
it = iter([1, 2])
print(iter(it) is it, next(it), next(it), next(it, None))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class NoNext:
    def __iter__(self):
        return self
try:
    for x in NoNext():
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
class StopWithValue:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration('payload')
print(list(StopWithValue()))
for i, v in enumerate(Countdown(3)):
    print(i, v)
print(dict(zip(Range2(3), Countdown(3))), tuple(Countdown(2)), set(Range2(4)))
