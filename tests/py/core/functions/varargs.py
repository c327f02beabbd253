# *args and **kwargs collection.
def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1), f(1, 2, a=3), f(*[1, 2], **{'x': 1}), f(*'ab', *(3,), k=1, **{'j': 2}))
def g(a, *rest):
    return a, rest, type(rest).__name__
print(g(1), g(1, 2, 3))
def h(**kw):
    kw['added'] = True
    return kw
d = {'orig': 1}
print(h(**d), d)
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3), order(**{'b': 1}, a=2))
def combined(a, b=2, *args, kw_only, kw_default='d', **kwargs):
    return a, b, args, kw_only, kw_default, kwargs
print(combined(1, kw_only='k'))
print(combined(1, 3, 4, 5, kw_only='k', extra=0))
print(combined(*range(5), kw_only=None, **{'kw_default': 'x', 'z': 'z'}))
def count(*args):
    return len(args)
print(count(*[]), count(*range(100)), count(*'hello', *b'hi'))
def kwonly_after_star(*, x):
    return x
print(kwonly_after_star(x=5))
def keys(**kwargs):
    return sorted(kwargs.items())
print(keys(**{'a': 1}, **{'b': 2}))
try:
    keys(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    keys(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*None)
except TypeError as e:
    print(type(e).__name__, e)
print(f(**{'with space': 1, 'é': 2}))
