# abc.ABC and abstractmethod.
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return f'{type(self).__name__} area={self.area()} perimeter={self.perimeter()}'
class Half(Shape):
    def area(self):
        return 1
class Rect(Half):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)
print(Rect(2, 3).describe(), sorted(Shape.__abstractmethods__), Half.__abstractmethods__, Rect.__abstractmethods__)
class Registered:
    pass
Shape.register(Registered)
print(isinstance(Registered(), Shape), issubclass(Registered, Shape))
class WithAbstractProperty(ABC):
    @property
    @abstractmethod
    def name(self):
        ...
class Concrete(WithAbstractProperty):
    @property
    def name(self):
        return 'concrete'
print(Concrete().name)
