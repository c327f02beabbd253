# Generators as __iter__ and as methods; each call makes a fresh generator.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def evens(self):
        for v in self:
            if v % 2 == 0:
                yield v
    @staticmethod
    def static_gen(n):
        yield from range(n)
    @classmethod
    def class_gen(cls):
        yield cls.__name__
c = Countdown(5)
print(list(c), list(c), list(c.evens()), list(Countdown.static_gen(3)), list(Countdown.class_gen()))
it1, it2 = iter(c), iter(c)
print(next(it1), next(it1), next(it2), it1 is not it2)
print(3 in c, 9 in c, sorted(c), [(a, b) for a in Countdown(2) for b in Countdown(2)])
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __iter__(self):
        for row in self.rows:
            yield from row
    def columns(self):
        for i in range(len(self.rows[0])):
            yield [r[i] for r in self.rows]
m = Matrix([[1, 2], [3, 4]])
print(list(m), list(m.columns()))
print(Countdown.__iter__.__name__, type(iter(c)).__name__, iter(c).__qualname__)
