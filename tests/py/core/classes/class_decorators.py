# Class decorators.
def add_repr(cls):
    def __repr__(self):
        fields = ', '.join([f'{k}={v!r}' for k, v in vars(self).items()])
        return f'{cls.__name__}({fields})'
    cls.__repr__ = __repr__
    return cls
def register(registry):
    def deco(cls):
        registry[cls.__name__] = cls
        return cls
    return deco
REG = {}
@register(REG)
@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, 'two'), REG)
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
print(Config(1).v, Config(2).v, Config(1) is Config(3), type(Config).__name__)
def count_instances(cls):
    orig = cls.__init__
    cls.count = 0
    def __init__(self, *a, **k):
        cls.count += 1
        orig(self, *a, **k)
    cls.__init__ = __init__
    return cls
@count_instances
class Thing:
    def __init__(self, name):
        self.name = name
Thing('a'); Thing('b')
print(Thing.count, Thing('c').name, Thing.count)
def with_slots_attr(**attrs):
    def deco(cls):
        for k, v in attrs.items():
            setattr(cls, k, v)
        return cls
    return deco
@with_slots_attr(kind='shape', sides=4)
class Quad:
    pass
print(Quad.kind, Quad.sides, Quad().kind)
