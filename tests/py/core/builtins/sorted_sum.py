# sorted() and sum().
print(sorted([3, 1, 2]), sorted('cba'), sorted({3: 0, 1: 0}), sorted((1.5, -1, 0)), sorted([[2], [1, 5]]), sorted([], reverse=True))
print(sorted(['b', 'A', 'a', 'B'], key=str.lower), sorted(['b', 'A', 'a', 'B'], key=str.lower, reverse=True))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 3), sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([], 5), sum(range(1, 101)))
print(sum([True, True, False]), sum([1, 2.5]), sum([10 ** 20, 1]), sum([1.5, 2.5], start=1), sum(iter([1, 2])))
for bad in (lambda: sum(['a', 'b']), lambda: sum(['a'], ''), lambda: sum([b'a'], b''), lambda: sum([bytearray()], bytearray()),
            lambda: sum(5), lambda: sum([1, 'a']), lambda: sum([[1]])):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([float('inf'), 1]), sum([-0.0]), sum([], -0.0))
class Money:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Money(self.v + (o.v if isinstance(o, Money) else o))
    __radd__ = __add__
    def __repr__(self):
        return f'Money({self.v})'
print(sum([Money(1), Money(2)]), sum([Money(5)], Money(10)))
