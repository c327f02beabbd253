# vars() and dir() of small user classes and instances.
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
class Square(Shape):
    sides = 4
    def __init__(self, side):
        super().__init__('square')
        self.side = side
    def area(self):
        return self.side ** 2
sq = Square(3)
print(vars(sq), sq.__dict__ is vars(sq))
print([n for n in dir(sq) if not n.startswith('__')])
print([n for n in dir(Square) if not n.startswith('__')])
print(sorted([k for k in vars(Square) if not k.startswith('__')]), '__init__' in vars(Square), 'name' in vars(Square))
print('__class__' in dir(sq), '__init__' in dir(sq), dir(sq) == sorted(dir(sq)))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
class Custom:
    def __dir__(self):
        return ['z', 'a', 'm']
print(dir(Custom()))
def f():
    local_a = 1
    local_b = 2
    return sorted(vars()), dir()
print(f())
class Slotted:
    __slots__ = ('p',)
try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__, e)
vars(sq)['added'] = 'via vars'
print(sq.added)
print(type(vars(Square)).__name__)
