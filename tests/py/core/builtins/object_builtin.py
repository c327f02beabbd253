# object(): the root of everything.
o = object()
print(type(o).__name__, isinstance(o, object), object.__bases__, object.__mro__, hasattr(o, '__dict__'))
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(o == o, o != object(), o.__eq__(o), o.__eq__(1), o.__ne__(o), o.__lt__(o) if False else object.__lt__(o, o))
print(str(o).startswith('<object object at '), repr(o) == str(o), object.__name__, object.__doc__[:22])
print(sorted([n for n in dir(o) if n in ('__class__', '__eq__', '__hash__', '__init__', '__repr__', '__str__')]))
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
print(object.__init_subclass__ is not None, object.__subclasshook__(int), type(object.__new__(object)).__name__)
print(issubclass(int, object), issubclass(type, object), isinstance(object, type), isinstance(type, object))
print(o.__class__ is object, object.__class__ is type, type.__class__ is type)
print(object.__format__(o, '') == str(o), o.__reduce_ex__ is not None, o.__sizeof__() > 0)
try:
    format(o, 'x')
except TypeError as e:
    print(type(e).__name__, e)
