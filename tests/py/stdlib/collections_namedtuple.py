# collections.namedtuple: construction, fields, defaults, renaming and errors.
from collections import namedtuple
import copy

Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], p[-1], len(p), list(p), p == (11, 22), isinstance(p, tuple))
print(Point._fields, Point.__name__, Point.__doc__, Point.__module__, Point.__slots__)
print(Point.__match_args__, Point._field_defaults, Point.x.__doc__, Point.__new__.__doc__)
print(Point._make([1, 2]), Point._make(range(2)), p._asdict(), p._replace(y=0))
print(hash(p) == hash((11, 22)), p < Point(12, 0), p + (1,), p * 2, p[::-1])
x, y = p
print(x, y, tuple(p), p.count(11), p.index(22))
print(Point(*[1, 2]), Point(**{'x': 3, 'y': 4}), Point(1, y=2))
print(repr(Point.x).startswith('_tuplegetter(0,'))
print(copy.copy(p), copy.deepcopy(p), copy.copy(p) == p, type(copy.deepcopy(p)).__name__)
print(p.__getnewargs__(), vars(Point)['_fields'])

# Field names as a string, with commas, and renaming.
P3 = namedtuple('P3', 'a, b c')
print(P3(1, 2, 3), P3._fields)
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x', '1'], rename=True)
print(R._fields)
print(namedtuple('E', '')(), namedtuple('E', [])._fields, namedtuple('One', 'a')(1))
print(namedtuple('One', 'a').__doc__, namedtuple('Two', 'a b').__new__.__doc__)

# Defaults.
D = namedtuple('D', 'a b c', defaults=[2, 3])
print(D(1), D(1, 5), D(a=0, c=9), D._field_defaults, D.__new__.__defaults__)
print(namedtuple('N', 'a b', defaults=None)._field_defaults, namedtuple('N', 'a b', defaults=iter([7]))._field_defaults)
print(namedtuple('M', 'a', module='mymod').__module__)

# Errors.
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: Point(1))
check(lambda: Point())
check(lambda: Point(1, 2, 3))
check(lambda: Point(1, x=2))
check(lambda: Point(1, z=2))
check(lambda: P3())
check(lambda: D())
check(lambda: D(1, 2, 3, 4))
check(lambda: namedtuple('E', '')(1))
check(lambda: Point._make([1]))
check(lambda: Point._make([1, 2, 3]))
check(lambda: p._replace(z=1))
check(lambda: namedtuple('Bad', 'x class'))
check(lambda: namedtuple('Bad', 'x _y'))
check(lambda: namedtuple('Bad', 'x x'))
check(lambda: namedtuple('Bad', 'x 9'))
check(lambda: namedtuple('def', 'x'))
check(lambda: namedtuple('Bad-name', 'x'))
check(lambda: namedtuple('Bad', 'x', defaults=[1, 2]))
check(lambda: setattr(p, 'x', 5))
check(lambda: setattr(p, 'other', 5))
check(lambda: delattr(p, 'x'))

# Subclassing.
class Point3(namedtuple('Point3Base', 'x y z')):
    __slots__ = ()
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
    def __str__(self):
        return f'<{self.x},{self.y},{self.z}>'
q = Point3(1, -2, 3)
print(q, repr(q), q.norm1, q._replace(x=0), type(q._replace(x=0)).__name__, Point3._make([0, 0, 0]))
print(Point3.__mro__[1].__name__, Point3._fields, q._asdict())
