# __class_getitem__ and builtin generic aliases.
class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
print(Box[int], Box['x'], Box[1, 2], Box[()])
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__)
print(list[int]([1, 2]), list[int] == list[int], list[int].__origin__, list[int].__args__)
class Sub(Box):
    pass
print(Sub[float])
try:
    Box()[0]
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance([], list), isinstance(list[int], type))
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
print(int | str, type(int | None).__name__, isinstance(3, int | str), isinstance(None, int | None), issubclass(bool, int | str))
