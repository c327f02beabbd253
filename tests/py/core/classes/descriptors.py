# User-defined descriptors: data vs non-data, __set_name__, lookup precedence.
class Typed:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = '_' + name
    def __init__(self, kind):
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 'unset')
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name[1:]} must be {self.kind.__name__}')
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print('deleting', self.name)
        delattr(obj, self.name)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person('Ann', 30)
print(p.name, p.age, sorted(vars(p)))
try:
    p.age = 'old'
except TypeError as e:
    print(type(e).__name__, e)
del p.age
print(p.age, type(Person.name).__name__)
class NonData:
    def __get__(self, obj, objtype=None):
        return 'from descriptor'
class Host:
    nd = NonData()
h = Host()
print(h.nd)
h.__dict__['nd'] = 'from instance dict'
print(h.nd, Host.nd)
class DataOnlySet:
    def __set__(self, obj, value):
        print('DataOnlySet.__set__', value)
    def __get__(self, obj, objtype=None):
        return 'data get'
class Host2:
    d = DataOnlySet()
h2 = Host2()
h2.__dict__['d'] = 'shadow attempt'
print(h2.d)
h2.d = 5
class Ten:
    def __get__(self, obj, objtype=None):
        return 10, obj is None, objtype.__name__
class A:
    x = Ten()
print(A.x, A().x)
class Method:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: self.fn(obj, *a)
class UsesMethod:
    @Method
    def hello(self, who):
        return f'hello {who} from {type(self).__name__}'
print(UsesMethod().hello('you'))
class Late:
    pass
desc = Typed(int)
Late.attr = desc
try:
    print(desc.name)
except AttributeError as e:
    print(type(e).__name__, e)
