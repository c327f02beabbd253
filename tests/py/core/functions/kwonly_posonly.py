# Keyword-only and positional-only parameters.
def f(a, b, /, c, d=4, *, e, f=6):
    return a, b, c, d, e, f
print(f(1, 2, 3, e=5), f(1, 2, c=3, e=5), f(1, 2, 3, 40, e=50, f=60))
def pos(x, /):
    return x
print(pos(1))
def pos_kwargs(x, /, **kw):
    return x, kw
print(pos_kwargs(1, x=2))
def kwo(*, a, b=2):
    return a, b
print(kwo(a=1), kwo(b=3, a=4))
def mixed(a, /, b, *args, c, **kw):
    return a, b, args, c, kw
print(mixed(1, 2, 3, c=4, d=5), mixed(1, b=2, c=3))
print(f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount, f.__code__.co_argcount)
def defaults_posonly(a=1, b=2, /):
    return a, b
print(defaults_posonly(), defaults_posonly(10), defaults_posonly(10, 20))
for call in (lambda: pos(x=1), lambda: f(1, b=2, c=3, e=5), lambda: kwo(1), lambda: kwo(), lambda: f(1, 2, 3, 4, 5),
             lambda: mixed(a=1, b=2, c=3), lambda: defaults_posonly(a=5)):
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
