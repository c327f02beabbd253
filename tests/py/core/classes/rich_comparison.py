# Rich comparisons, reflection and NotImplemented fallback.
class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'N({self.v})'
    def __eq__(self, o):
        print(f'  {self!r}.__eq__({o!r})')
        return self.v == o.v if isinstance(o, N) else NotImplemented
    def __lt__(self, o):
        print(f'  {self!r}.__lt__({o!r})')
        return self.v < o.v if isinstance(o, N) else NotImplemented
    def __le__(self, o):
        print(f'  {self!r}.__le__({o!r})')
        return self.v <= o.v if isinstance(o, N) else NotImplemented
    def __hash__(self):
        return hash(self.v)
a, b = N(1), N(2)
print(a < b)
print(a > b)
print(a <= b)
print(a >= b)
print(a == N(1))
print(a != b)
print(a == 1)
print(a != 'x')
try:
    print(a < 5)
except TypeError as e:
    print(type(e).__name__, e)
class M(N):
    def __lt__(self, o):
        print(f'  M.__lt__')
        return 'subclass reflected first'
    def __gt__(self, o):
        print(f'  M.__gt__')
        return 'subclass __gt__'
print(N(1) < M(2))
print(N(1) > M(2))
class Always:
    def __eq__(self, o):
        return True
    __hash__ = None
print(Always() == 5, 5 == Always(), Always() != 5, [Always()] == [1], Always() in [1, 2])
class Never:
    def __eq__(self, o):
        return False
n = Never()
print(n == n, n in [n], [n] == [n], n is n)
class NoCmp:
    pass
x = NoCmp()
print(x == x, x != x, x == NoCmp(), x != NoCmp())
try:
    x < x
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([NoCmp(), NoCmp()])
except TypeError as e:
    print(type(e).__name__, e)
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
print(OnlyLt(2) > OnlyLt(1), [o.v for o in sorted([OnlyLt(3), OnlyLt(1)])])
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print(type(e).__name__, e)
class RetNonBool:
    def __eq__(self, o):
        return 'truthy string'
    def __lt__(self, o):
        return 0
print(RetNonBool() == 1, RetNonBool() < 1, not RetNonBool() < 1, bool(RetNonBool() == 0))
