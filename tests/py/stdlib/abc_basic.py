# abc: ABCMeta, abstract methods, virtual subclasses and subclass hooks.
import abc
from abc import ABC, ABCMeta, abstractmethod

class Base(ABC):
    @abstractmethod
    def run(self):
        return 'base run'
    @classmethod
    @abstractmethod
    def make(cls):
        pass
    @staticmethod
    @abstractmethod
    def helper():
        pass
    @property
    @abstractmethod
    def value(self):
        pass
    def concrete(self):
        return 'concrete'
print(sorted(Base.__abstractmethods__), type(Base.__abstractmethods__).__name__)
class Partial(Base):
    def run(self):
        return super().run() + ' via partial'
    @classmethod
    def make(cls):
        return cls()
print(sorted(Partial.__abstractmethods__))
class Full(Partial):
    @staticmethod
    def helper():
        return 'help'
    @property
    def value(self):
        return 42
f = Full.make()
print(f.run(), f.helper(), f.value, f.concrete(), Full.__abstractmethods__)
print(isinstance(f, Base), issubclass(Full, Base), type(Base) is ABCMeta, type(Full).__name__)

# Abstract methods in a plain ABCMeta class, without ABC.
class Plain(metaclass=ABCMeta):
    @abstractmethod
    def m(self):
        pass
print(Plain.__abstractmethods__, Plain.__mro__[-1].__name__)
class NotAbstract(Plain):
    m = 5
print(NotAbstract().m, NotAbstract.__abstractmethods__)

# Virtual subclasses.
class Sized2(ABC):
    pass
@Sized2.register
class Thing:
    pass
print(Thing.__name__, issubclass(Thing, Sized2), isinstance(Thing(), Sized2))
class SubThing(Thing):
    pass
print(issubclass(SubThing, Sized2), isinstance(SubThing(), Sized2), Sized2 in SubThing.__mro__)
print(Sized2.register(int) is int, isinstance(3, Sized2), isinstance(True, Sized2), isinstance('x', Sized2))
print(Sized2.register(Thing) is Thing)
try:
    Sized2.register(3)
except TypeError as e:
    print('TypeError', e)
class Sub2(Sized2):
    pass
try:
    Sub2.register(Sized2)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    issubclass(3, Sized2)
except TypeError as e:
    print('TypeError', e)

# Virtual subclasses of a subclass count for the base.
class Top(ABC):
    pass
class Middle(Top):
    pass
class Outside:
    pass
Middle.register(Outside)
print(issubclass(Outside, Middle), issubclass(Outside, Top))

# __subclasshook__
class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasLen:
            return any(['__len__' in B.__dict__ for B in C.__mro__])
        return NotImplemented
print(issubclass(list, HasLen), issubclass(int, HasLen), isinstance('abc', HasLen), isinstance(1.5, HasLen))
class SubHasLen(HasLen):
    pass
print(issubclass(list, SubHasLen), issubclass(SubHasLen, HasLen))

# The cache token changes when a class is registered.
t1 = abc.get_cache_token()
class Another(ABC):
    pass
Another.register(float)
print(abc.get_cache_token() != t1, isinstance(1.0, Another))

# Deprecated decorators still mark methods as abstract.
class Old(ABC):
    @abc.abstractclassmethod
    def cm(cls):
        return cls.__name__
    @abc.abstractstaticmethod
    def sm():
        return 'static'
    @abc.abstractproperty
    def prop(self):
        return 'prop'
print(sorted(Old.__abstractmethods__), Old.cm(), Old.sm())
print(abc.abstractproperty.__isabstractmethod__, abc.abstractproperty.__mro__[1].__name__)

# update_abstractmethods after changing a class.
class Later(ABC):
    @abstractmethod
    def todo(self):
        pass
Later.todo = lambda self: 'done'
print(sorted(Later.__abstractmethods__), sorted(abc.update_abstractmethods(Later).__abstractmethods__), Later().todo())
class NotAnAbc:
    pass
print(abc.update_abstractmethods(NotAnAbc) is NotAnAbc)

# Keyword arguments pass through ABCMeta to __init_subclass__.
class WithKw(ABC):
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Tagged(WithKw, tag='t'):
    pass
print(Tagged.tag)
print(ABC.__slots__, abstractmethod(lambda: 0).__isabstractmethod__)
