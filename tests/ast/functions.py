def f(): pass
def f(a): pass
def f(a, b): pass
def f(a, b,): pass
def f(a=1): pass
def f(a, b=1, c=2): pass
def f(*args): pass
def f(**kwargs): pass
def f(*args, **kwargs): pass
def f(*, a): pass
def f(*, a=1, b): pass
def f(a, *, b, c=3, **k): pass
def f(a, /): pass
def f(a, /,): pass
def f(a, b, /, c): pass
def f(a, b=1, /, c=2): pass
def f(a, /, *, b): pass
def f(a, /, b, *args, c, d=4, **kw): pass
def f(a=1, /, b=2, *, c): pass
def f(a, b, /, c, d, *e, f, g, **h,): pass
def f(*args,): pass
def f(**kwargs,): pass
def f(*, a,): pass
def f(a: int): pass
def f(a: int = 1): pass
def f(a: int, /, b: str = 's', *args: tuple, c: 'x', d: list = [], **kw: dict) -> None: pass
def f(*args: *Ts): pass
def f() -> int: pass
def f() -> 'forward': pass
def f() -> a.b[c]: pass
def f() -> (yield): pass
def f(a=lambda: 1, b=lambda x=1: x): pass
def f(a=(yield)): pass
def f(a=[x for x in y], b={1: 2}): pass
def f(a, b=1, *c, d, e=2, **f) -> int:
    return a
def outer():
    def inner():
        def innermost():
            return 1
        return innermost
    return inner
def f():
    return
def f():
    return 1, 2
def f():
    return *a, *b
def f():
    return (a, *b)
def f():
    """docstring"""
def f(): return 1; return 2
def print(print): print
