# Single inheritance, overriding, super(), isinstance relations.
class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says {self.sound}'
    def describe(self):
        return f'{type(self).__name__}({self.name}): {self.speak()}'
class Dog(Animal):
    sound = 'woof'
class Puppy(Dog):
    def speak(self):
        return super().speak() + '!!'
class Cat(Animal):
    def __init__(self, name, indoor=True):
        super().__init__(name)
        self.indoor = indoor
    def speak(self):
        return 'purr' if self.indoor else Animal.speak(self)
for a in (Animal('generic'), Dog('rex'), Puppy('bit'), Cat('tom'), Cat('wild', False)):
    print(a.describe())
print(isinstance(Puppy('x'), Dog), isinstance(Puppy('x'), Animal), isinstance(Dog('x'), Puppy), issubclass(Puppy, Animal))
print(Puppy.__bases__, Puppy.__base__, [c.__name__ for c in Puppy.__mro__])
print(Dog.__subclasses__(), Animal.__subclasses__())
print(Cat('c').indoor, hasattr(Dog('d'), 'indoor'))
class Base:
    def template(self):
        return self.hook() + '/' + self.other()
    def hook(self):
        return 'base hook'
    def other(self):
        return 'base other'
class Derived(Base):
    def hook(self):
        return 'derived hook'
print(Derived().template(), Base().template())
class A:
    def __init__(self):
        print('A.__init__')
class B(A):
    pass
class C(A):
    def __init__(self):
        print('C.__init__ without super')
B()
C()
print(issubclass(bool, int), issubclass(int, object), issubclass(Dog, (int, Animal)), issubclass(Dog, Dog))
