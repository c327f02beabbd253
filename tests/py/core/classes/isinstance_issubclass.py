# isinstance / issubclass with tuples, abstract checks, errors.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C, (int, B))), isinstance(b, ()), isinstance(5, (str, (float, (int,)))))
print(issubclass(B, A), issubclass(B, (C,)), issubclass(A, B), issubclass(B, object), issubclass(type, object), issubclass(object, type))
print(isinstance(A, type), isinstance(type, type), isinstance(object, type), isinstance(type, object))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, int), isinstance(None, type(None)), isinstance(len, object))
for bad in (lambda: isinstance(1, 2), lambda: isinstance(1, (int, 2)), lambda: issubclass(1, int), lambda: issubclass(int, 1),
            lambda: issubclass(int, (int, 'x')) , lambda: issubclass(int, ('x', int))):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 'magic'
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta):
    pass
print(isinstance('magic', Magic), isinstance('other', Magic), issubclass(int, Magic), issubclass(str, Magic))
import collections.abc as abc
print(isinstance([], abc.Sequence), isinstance({}, abc.Mapping), isinstance('s', abc.Iterable), isinstance(5, abc.Iterable))
class HasLen:
    def __len__(self):
        return 0
print(isinstance(HasLen(), abc.Sized), issubclass(HasLen, abc.Container))
print(type(b) is B, type(b) == A, type(b).__base__ is A, b.__class__ is B)
