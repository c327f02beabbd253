# Metaclass basics: __new__, __init__, __call__ on the metaclass.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', name, [b.__name__ for b in bases], sorted([k for k in ns if not k.startswith('__')]), kw)
        ns['added_by_meta'] = True
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        print('Meta.__call__', cls.__name__, args)
        inst = super().__call__(*args, **kw)
        inst.created_by_meta = True
        return inst
class Base(metaclass=Meta):
    def __init__(self, v):
        print('Base.__init__', v)
        self.v = v
    def method(self):
        pass
class Child(Base, flag=1):
    pass
c = Child(5)
print(c.v, c.created_by_meta, Child.added_by_meta, type(Child).__name__, type(c).__name__, isinstance(Child, Meta))
class CountingMeta(type):
    count = 0
    def __call__(cls, *a):
        CountingMeta.count += 1
        return super().__call__(*a)
class Counted(metaclass=CountingMeta):
    pass
Counted(); Counted()
print(CountingMeta.count)
class AttrMeta(type):
    def describe(cls):
        return 'class-level method from metaclass: ' + cls.__name__
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class WithAttr(metaclass=AttrMeta):
    pass
print(WithAttr.describe(), WithAttr.upper_name, hasattr(WithAttr(), 'describe'))
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Conflict(A1, A2):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Sing(type):
    _instances = {}
    def __call__(cls, *a):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a)
        return cls._instances[cls]
class Logger(metaclass=Sing):
    pass
print(Logger() is Logger())
def func_meta(name, bases, ns):
    ns['made_by'] = 'function'
    return type(name, bases, ns)
class FromFunc(metaclass=func_meta):
    pass
print(FromFunc.made_by, type(FromFunc).__name__)
