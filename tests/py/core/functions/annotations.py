# Annotations on functions, variables, classes.
def f(x: int, y: 'str' = 'a', *args: float, z: list[int], **kw: dict) -> tuple:
    return x
print(f.__annotations__)
x: int = 5
y: str
print(__annotations__)
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)
class C:
    a: int
    b: str = 'b'
    c: 'forward' = None
    def m(self) -> 'C':
        return self
print(C.__annotations__, C.m.__annotations__, 'a' in C.__dict__, C.b)
def g():
    local: int = 1
    unassigned: str
    return local
print(g(), g.__annotations__)
def h(a: 1 + 2, b: print('annotation evaluated') or 'x'):
    pass
print(h.__annotations__)
obj = C()
obj.attr: int = 3
print(obj.attr)
d = {}
d['k']: str = 'v'
print(d)
print(list.__annotations__ if hasattr(list, '__annotations__') else 'no annotations on list')
