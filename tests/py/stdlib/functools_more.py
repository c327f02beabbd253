# functools: partial, partialmethod, wraps, lru_cache, cache, cached_property,
# total_ordering, cmp_to_key, reduce and singledispatch.
import functools
from functools import partial

def f(a, b=2, *rest, **kw):
    return (a, b, rest, kw)
p = partial(f, 1, x=3)
print(p(), p(5, 6, y=7), p(x=9), p.func is f, p.args, p.keywords)
print(repr(p).startswith('functools.partial(<function f at '), repr(p).endswith('>, 1, x=3)'))
pp = partial(p, 2, y=4)
print(pp.func is f, pp.args, pp.keywords, pp())
class P(partial):
    pass
sub = P(f, 1)
print(type(sub).__name__, repr(sub).startswith('P(<function f'), sub(0), type(partial(sub, 2).func).__name__)
p.attr = 'a'
print(p.__dict__, type(partial(p, 1).func).__name__)
def check(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: partial(1))
check(lambda: partial())
check(lambda: setattr(p, 'func', len))
print(partial(max, 5)(3, 9), partial(sorted, key=len)(['ccc', 'a', 'bb']), partial(int, base=16)('ff'))
print(p.__reduce__()[0].__name__, p.__reduce__()[2][1:], callable(p))

class Cell:
    def __init__(self):
        self._alive = False
    def set_state(self, state):
        self._alive = bool(state)
    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False)
    @classmethod
    def make(cls, a, b):
        return (cls.__name__, a, b)
    make1 = functools.partialmethod(make, 1)
c = Cell()
c.set_alive()
print(c._alive, Cell.make1(2), c.make1(3))
c.set_dead()
print(c._alive, Cell.set_alive.__name__ if hasattr(Cell.set_alive, '__name__') else '?')

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def documented(x: int) -> int:
    """Docstring."""
    return x
documented_attrs = (documented.__name__, documented.__doc__, documented.__qualname__, documented.__annotations__, documented.__wrapped__.__name__)
print(documented_attrs, documented.__module__)
def plain():
    pass
plain.custom = 1
def w():
    pass
functools.update_wrapper(w, plain)
print(w.__name__, w.custom, w.__wrapped__ is plain, functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
class NoName:
    def __call__(self):
        pass
def w2():
    pass
functools.update_wrapper(w2, NoName())
print(w2.__name__, w2.__doc__)

calls = []
@functools.lru_cache(maxsize=2)
def sq(n):
    calls.append(n)
    return n * n
print(sq(2), sq(3), sq(2), sq(4), sq(3), calls, sq.cache_info(), sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info(), sq.__wrapped__(5), sq.__name__)
@functools.lru_cache
def ident(x):
    calls.append(x)
    return x
print(ident(1), ident(1), ident(1.0), ident.cache_info().hits, ident.cache_parameters())
@functools.lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed.cache_info().currsize)
@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@functools.lru_cache(maxsize=0)
def nocache(x):
    return x
print(nocache(1), nocache(1), nocache.cache_info())
@functools.lru_cache(None)
def kw(a, b=0):
    return a + b
print(kw(1, b=2), kw(1, b=2), kw(a=1, b=2), kw.cache_info())
check(lambda: functools.lru_cache(maxsize='big'))
check(lambda: kw([1]))
class Meth:
    @functools.lru_cache()
    def m(self, x):
        return x * 2
print(Meth().m(4), Meth.m.cache_info().misses)
info = sq.cache_info()
print(info.hits, info.maxsize, info._fields, type(info).__name__)

class Lazy:
    def __init__(self):
        self.n = 0
    @functools.cached_property
    def value(self):
        self.n += 1
        return 'computed'
lz = Lazy()
print(lz.value, lz.value, lz.n, lz.__dict__, Lazy.value.attrname, type(Lazy.value).__name__)
del lz.value
print(lz.value, lz.n)
class Slotted:
    __slots__ = ('x',)
    @functools.cached_property
    def prop(self):
        return 1
check(lambda: Slotted().prop)
cp = functools.cached_property(lambda self: 1)
check(lambda: cp.__get__(Lazy(), Lazy))
twice = functools.cached_property(lambda self: 1)
twice.__set_name__(Lazy, 'a')
check(lambda: twice.__set_name__(Lazy, 'b'))

@functools.total_ordering
class Num:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __gt__(self, o):
        return self.v > o.v
print(Num(1) < Num(2), Num(2) <= Num(2), Num(3) >= Num(4), Num(1) > Num(0), Num.__lt__.__name__)
@functools.total_ordering
class Partial:
    def __le__(self, o):
        return NotImplemented
check(lambda: Partial() > Partial())
check(lambda: functools.total_ordering(type('X', (), {})))

key = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=key), sorted(['b', 'A', 'c'], key=functools.cmp_to_key(lambda a, b: -1 if a.lower() < b.lower() else 1)))
k1, k2 = key(1), key(2)
print(k1 < k2, k1 == k2, k1 >= k2, k1.obj, type(k1).__name__)
check(lambda: hash(k1))
check(lambda: k1 < 5)

print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]), functools.reduce(lambda a, b: a + b, [], 10), functools.reduce(max, [3], 0))
check(lambda: functools.reduce(lambda a, b: a, []))
check(lambda: functools.reduce(len))
check(lambda: functools.reduce(len, 1))
check(lambda: functools.reduce(len, [], 1, 2))

@functools.singledispatch
def show(arg):
    return f'object {arg!r}'
@show.register
def _(arg: int):
    return f'int {arg}'
@show.register(list)
def _(arg):
    return f'list of {len(arg)}'
def show_str(arg):
    return f'str {arg}'
show.register(str, show_str)
print(show(1), show(True), show([1, 2]), show('s'), show(2.5), show.dispatch(bool).__name__, sorted([t.__name__ for t in show.registry]))
from collections.abc import Mapping
@show.register(Mapping)
def _(arg):
    return 'a mapping'
print(show({}), show(()))
check(lambda: show())
try:
    show.register(lambda x: x)
except TypeError as e:
    print(str(e)[:40])
class Dispatch:
    @functools.singledispatchmethod
    def go(self, arg):
        return 'default'
    @go.register
    def _(self, arg: int):
        return 'int'
print(Dispatch().go(1), Dispatch().go('x'))
