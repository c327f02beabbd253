# Class definition, instances, attributes, methods.
class Point:
    """A 2D point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims, Point.__doc__, Point.__name__, type(p).__name__)
p.move(1, 1).move(1, 1)
print(p.x, p.y)
p.z = 'dynamic'
print(p.z, sorted(vars(p)), sorted(p.__dict__))
print(Point.norm2(p), Point.norm2 is Point.__dict__['norm2'], p.norm2.__self__ is p, p.norm2.__func__ is Point.norm2)
m = p.norm2
p.x = 0
print(m())
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
class Empty:
    pass
e = Empty()
print(type(e).__name__, isinstance(e, Empty), isinstance(e, object), Empty.__bases__, Empty.__module__)
print(Point.__qualname__, Point.__init__.__qualname__, Empty.__doc__)
class WithClassBody:
    x = 1
    y = x + 1
    items = [x, y]
    def get(self):
        return self.y
    print('class body executes at definition:', x, y)
print(WithClassBody().get(), WithClassBody.items)
print(type(Point), type(Point).__name__, type(type))
def external(self):
    return 'external ' + str(self.x)
Point.ext = external
print(p.ext())
print(p == p, p != Point(0, 5), p is not Point(0, 5))
