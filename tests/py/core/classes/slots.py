# __slots__.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, hasattr(p, '__dict__'), P.__slots__, type(P.x).__name__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
p.x = 10
print(p.x)
class Q(P):
    pass
q = Q(1, 2)
q.z = 'subclass without slots has dict'
print(q.z, hasattr(q, '__dict__'))
class R(P):
    __slots__ = ('w',)
r = R(1, 2)
r.w = 3
print(r.x, r.w, hasattr(r, '__dict__'))
try:
    r.v = 1
except AttributeError as e:
    print(type(e).__name__, e)
class WithDict:
    __slots__ = ('a', '__dict__')
wd = WithDict()
wd.a = 1
wd.b = 2
print(wd.a, wd.b, wd.__dict__)
try:
    class Conflict:
        __slots__ = ('x',)
        x = 5
except ValueError as e:
    print(type(e).__name__, e)
class Single:
    __slots__ = 'only'
s = Single()
s.only = 'one string slot'
print(s.only, Single.__slots__)
class Empty:
    __slots__ = ()
try:
    Empty().anything = 1
except AttributeError as e:
    print(type(e).__name__, e)
