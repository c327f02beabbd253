class A: pass
class A(): pass
class A(B): pass
class A(B, C): pass
class A(B, C,): pass
class A(metaclass=M): pass
class A(B, metaclass=M, **kw): pass
class A(*bases): pass
class A(*bases, **kw): pass
class A(B, *bases, x=1, *more, y=2, **kw): pass
class A(B.C, D[E]): pass
class A(f(x)): pass
class A(B if c else D): pass
class A(Generic[T]): pass
class A(x := B): pass
class A:
    x = 1
    y: int
    z: int = 2
    def m(self): pass
    class Inner:
        pass
    async def am(self): pass
class A:
    """Docstring."""
    __slots__ = ('a', 'b')
    def __init__(self, a, b):
        self.a = a
        self.b = b
    @classmethod
    def c(cls): return cls
class A(
    B,
    metaclass=M,
):
    pass
class A: x = 1; y = 2
