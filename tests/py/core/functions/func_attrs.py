# Function attributes: __name__, __qualname__, __doc__, __defaults__, __module__, __dict__, __annotations__.
def top(a, b: int = 1, *args: str, c: 'note' = None, **kw) -> bool:
    """Top-level docstring."""
    return True
print(top.__name__, top.__qualname__, top.__doc__, top.__defaults__, top.__kwdefaults__, top.__module__)
print(top.__annotations__)
class Outer:
    def method(self):
        def local():
            pass
        return local
    class Inner:
        def deep(self):
            pass
print(Outer.method.__qualname__, Outer().method().__qualname__, Outer.Inner.deep.__qualname__, Outer.Inner.__qualname__)
def nodoc():
    pass
def strdoc():
    'single quoted doc'
def notdoc():
    x = 1
    'not a docstring'
print(nodoc.__doc__, strdoc.__doc__, notdoc.__doc__)
top.custom = 'attached'
print(top.custom, top.__dict__)
nodoc.__name__ = 'renamed'
print(nodoc.__name__, nodoc.__qualname__)
print(top.__code__.co_name, top.__code__.co_argcount, top.__code__.co_varnames[:4])
print(type(top).__name__, callable(top), top.__class__.__name__)
try:
    top.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
def f(): pass
print(f.__annotations__, f.__globals__ is globals(), f.__closure__)
print((lambda: 0).__qualname__, [lambda: 0][0].__qualname__)
def gen_nested():
    return [lambda: 0 for _ in range(1)][0]
print(gen_nested().__qualname__)
