# __new__ vs __init__, singletons, immutable subclasses.
class Traced:
    def __new__(cls, *args, **kw):
        print('__new__', cls.__name__, args, kw)
        inst = super().__new__(cls)
        return inst
    def __init__(self, a, b=2):
        print('__init__', a, b)
        self.a, self.b = a, b
t = Traced(1, b=3)
print(t.a, t.b)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
class ReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never: __init__ skipped when __new__ returns a non-instance')
print(ReturnsOther())
class UpperStr(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = UpperStr('hello')
print(u, type(u).__name__, u + '!', isinstance(u, str), len(u))
class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError('negative')
        return super().__new__(cls, v)
print(Pos(5) + 1, type(Pos(5)).__name__)
try:
    Pos(-1)
except ValueError as e:
    print(type(e).__name__, e)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(1, 2)
print(p, p.first, len(p), type(p).__name__)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
class NoInitArgs:
    pass
try:
    NoInitArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyNew:
    def __new__(cls, x):
        o = super().__new__(cls)
        o.x = x
        return o
print(OnlyNew(9).x)
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
class Sub(Traced):
    def __init__(self):
        print('Sub.__init__ does not call super')
Sub()
o = object.__new__(Traced)
print(type(o).__name__, hasattr(o, 'a'))
