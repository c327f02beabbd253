# Creating classes dynamically with type(name, bases, dict).
def init(self, v):
    self.v = v
Dyn = type('Dyn', (), {'x': 1, '__init__': init, 'get': lambda self: self.v * 2})
d = Dyn(21)
print(Dyn.__name__, Dyn.x, d.get(), type(d).__name__, Dyn.__bases__, Dyn.__module__)
Sub = type('Sub', (Dyn,), {'y': 2})
s = Sub(5)
print(s.get(), s.x, s.y, isinstance(s, Dyn), [c.__name__ for c in Sub.__mro__])
Empty = type('Empty', (), {})
print(Empty, Empty().__class__.__name__, type(Empty))
print(type(5), type('s'), type(None), type(type), type(print).__name__, type(lambda: 0).__name__)
for bad in (lambda: type('X', 5, {}), lambda: type('X', (), 5), lambda: type('X', (5,), {}), lambda: type(1, (), {}),
            lambda: type('X', ()), lambda: type()):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
Q = type('Q', (object,), {'__qualname__': 'Custom.Qual', '__doc__': 'dyn doc'})
print(Q.__qualname__, Q.__doc__, Q.__name__)
class Normal:
    a = 1
print(type(Normal) is type, Normal.__class__ is type, type(Normal()).__name__)
