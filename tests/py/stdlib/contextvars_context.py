# contextvars: Context as a mapping (getitem, get, in, len, iteration, keys/values/items,
# copy, ==), Context.run (arguments, isolation, nesting, re-entry, exceptions) and
# copy_context() snapshots.
import collections.abc
from contextvars import Context, ContextVar, Token, copy_context


def clean(s):
    out = ''
    while ' at 0x' in s:
        i = s.index(' at 0x')
        j = i + 6
        while j < len(s) and s[j] in '0123456789abcdef':
            j += 1
        out += s[:i] + ' at ADDR'
        s = s[j:]
    return out + s


def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', clean(repr(r)))
    except Exception as e:
        print(type(e).__name__, clean(str(e)))


def names(it):
    return sorted(v.name for v in it)


def pairs(ctx):
    return sorted((v.name, x) for v, x in ctx.items())


x = ContextVar('x')
y = ContextVar('y', default='y0')
z = ContextVar('z')

# a fresh context is empty
c = Context()
print(len(c), list(c), list(c.keys()), list(c.values()), list(c.items()), x in c, c.get(x), c.get(x, 5))
print(len(copy_context()), type(c).__name__, type(copy_context()) is Context)
print(clean(repr(c)).replace('ADDR', '...'))
err(c.__getitem__, x)
try:
    c[x]
except KeyError as e:
    print('KeyError', e.args[0] is x)

# the current context as a mapping
x.set(1)
y.set(2)
c = copy_context()
print(len(c), names(c), names(c.keys()), sorted(c.values()), pairs(c))
print(c[x], c[y], c.get(x), c.get(z), c.get(z, 'd'), x in c, y in c, z in c)
print(type(c.keys()).__name__, type(c.values()).__name__, type(c.items()).__name__, type(iter(c)).__name__)
k = c.keys()
print(len(k), iter(k) is k, names(k), list(k), len(k))
it = iter(c)
print(type(next(it)).__name__, type(next(it)).__name__)
err(next, it)
print(isinstance(c, collections.abc.Mapping), dict(c.items()) == {x: 1, y: 2})

# key type errors and argument errors
for key in (1, 'x', None):
    err(c.__getitem__, key)
    err(c.__contains__, key)
    err(c.get, key)
err(Context, 1)
err(Context, a=1)
err(c.get)
err(c.get, x, 1, 2)
err(c.get, x, default=1)
err(c.keys, 1)
err(c.values, 1)
err(c.items, a=1)
err(c.copy, 1)
err(c.run)
err(Context.run)
err(copy_context, 1)
err(copy_context, a=1)
try:
    hash(c)
except TypeError:
    print('TypeError unhashable')
print(Context.__hash__)

# ==: the same variables with equal values
c1, c2 = copy_context(), copy_context()
print(c1 == c2, c1 != c2, c1 is c2, c1 == Context(), Context() == Context())
print(c1 == {x: 1, y: 2}, c1 != 1, c1 == None)
for op in ('<', '<=', '>', '>='):
    try:
        eval('c1 ' + op + ' c2')
    except TypeError:
        print('TypeError', op)

def set_in(ctx, var, value):
    ctx.run(var.set, value)

set_in(c2, z, 3)
print(c1 == c2, c1 != c2, len(c1), len(c2), pairs(c2))
c3 = copy_context()
set_in(c3, z, 3.0)
print(c2 == c3)   # 3 == 3.0
set_in(c3, z, 4)
print(c2 == c3)

class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print('__eq__ called')
        return isinstance(other, Eq) and self.v == other.v
    __hash__ = None

w = ContextVar('w')
e1, e2 = Context(), Context()
set_in(e1, w, Eq(1))
set_in(e2, w, Eq(1))
print(e1 == e2)
set_in(e2, w, Eq(2))
print(e1 != e2)

# copy: a snapshot that shares nothing observable afterwards
c4 = c2.copy()
print(type(c4).__name__, c4 == c2, c4 is c2, pairs(c4))
set_in(c4, x, 100)
print(c4[x], c2[x], x.get())

# copy_context: later changes on either side stay on their side
snap = copy_context()
x.set(11)
print(snap[x], x.get(), copy_context()[x])
snap2 = copy_context()
def change():
    x.set(12)
    return x.get(), copy_context()[x]
print(snap2.run(change), snap2[x], x.get())

# run: arguments, keyword arguments, result
def show(*args, **kwargs):
    return args, sorted(kwargs.items()), x.get('unset'), y.get()
print(Context().run(show, 1, 2, a=3, b=4))
print(copy_context().run(show))
print(Context().run(len, 'abc'), Context().run(sorted, [3, 1, 2], reverse=True))
err(Context().run, 1)

# run: sets inside stay in that context; the caller's context is untouched
ctx = Context()
def inner():
    print('inner sees', x.get('none'), y.get())
    x.set('in ctx')
    y.set('y in ctx')
    return x.get(), y.get()
print(ctx.run(inner), x.get(), y.get())
print(pairs(ctx), len(ctx))
print(ctx.run(inner))   # the context keeps its values between runs

# a token made in one context cannot be reset in another
tok = ctx.run(x.set, 'second')
err(x.reset, tok)
print(ctx[x], x.get())
ctx.run(x.reset, tok)
print(ctx[x])
outer_tok = x.set(13)
err(ctx.run, x.reset, outer_tok)
x.reset(outer_tok)
print(x.get())

# nesting: each run makes its context current, then restores the one it replaced
a_ctx, b_ctx = Context(), Context()
def level_b():
    x.set('b')
    return ('b', x.get(), copy_context()[x], y.get())
def level_a():
    x.set('a')
    r = b_ctx.run(level_b)
    return ('a', x.get(), r)
print(a_ctx.run(level_a), x.get(), a_ctx[x], b_ctx[x])

# re-entering a context that is entered raises; so does running it from inside itself
def reenter():
    try:
        ctx.run(lambda: None)
    except RuntimeError as e:
        print('RuntimeError', clean(str(e)).replace('ADDR', '...'))
    return 'done'
print(ctx.run(reenter))
def deeper():
    return a_ctx.run(reenter)
print(ctx.run(deeper))
err(ctx.run, ctx.run, print)
print(ctx.run(lambda: 'entered again after the error'))

# an exception leaves the context and propagates; the context keeps what was set
def fails():
    x.set('before error')
    raise ValueError('boom')
e_ctx = Context()
try:
    e_ctx.run(fails)
except ValueError as e:
    print('ValueError', e, x.get(), e_ctx[x])
print(e_ctx.run(x.get))

# deep nesting of distinct contexts
def nest(n):
    if n == 0:
        return x.get('empty')
    x.set(n)
    r = (Context().run if n % 3 == 0 else copy_context().run)(nest, n - 1)
    if x.get() != n:
        print('not restored at', n)
    return r
print(Context().run(nest, 200), x.get())

# copies of the current context inside run
def copies():
    x.set('run value')
    return copy_context()
inside = Context().run(copies)
print(inside[x], x.get(), len(inside))
