# contextvars: ContextVar and Token (get with and without defaults, set, reset and its
# errors, Token.MISSING, reprs without their addresses) and the argument errors of each.
import contextvars
from contextvars import ContextVar, Token, copy_context


def clean(s):
    # Reprs end in " at 0x...": keep the text, drop the address.
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


print(contextvars.__all__)
print(ContextVar.__name__, Token.__name__, ContextVar.__module__, Token.__module__)

# name, get, defaults
a = ContextVar('a')
b = ContextVar('b', default=1)
n = ContextVar('n', default=None)
print(a.name, b.name, n.name, type(a.name).__name__)
print(clean(repr(a)), clean(repr(b)), clean(repr(n)))
print(clean(repr(ContextVar('s', default='text'))), clean(repr(ContextVar('l', default=[1, (2,)]))))
print(b.get(), b.get(5), b.get(None), n.get(), n.get(7), a.get(3), a.get(None))
try:
    a.get()
except LookupError as e:
    print('LookupError', type(e).__name__, len(e.args), e.args[0] is a)
print(isinstance(a, ContextVar), type(a) is ContextVar)

# set returns a Token; get sees the new value; defaults no longer apply
t1 = a.set('one')
print(a.get(), a.get('dflt'), type(t1).__name__, t1.var is a, t1.old_value is Token.MISSING)
t2 = a.set('two')
print(a.get(), t2.old_value, t2.var is a)
t3 = b.set(10)
print(b.get(), b.get(0), t3.old_value is Token.MISSING)
print(clean(repr(t1)), clean(repr(t3)))

# reset restores the value before the set; a MISSING token removes the variable again
a.reset(t2)
print(a.get(), clean(repr(t2)))
a.reset(t1)
print(a.get('gone'), a in copy_context())
try:
    a.get()
except LookupError as e:
    print('LookupError again', e.args[0] is a)
b.reset(t3)
print(b.get(), b in copy_context())

# a token may be used once
err(a.reset, t1)
err(a.reset, t2)
# a token of another variable
t4 = b.set(2)
err(a.reset, t4)
print(b.get())
b.reset(t4)
# reset out of order: the old value comes back, whatever was set since
t5 = a.set(5)
t6 = a.set(6)
a.reset(t5)
print(a.get('missing'))
err(a.reset, t6)   # t6's context is the same; its old value (5) is set again
print(a.get('missing'))
a.reset(a.set(0))

# Token.MISSING
print(Token.MISSING, repr(Token.MISSING), type(Token.MISSING).__name__, type(Token.MISSING).__module__)
print(Token.MISSING is Token.MISSING, t1.old_value is Token.MISSING, bool(Token.MISSING))

# argument errors
err(ContextVar)
err(ContextVar, 'x', 'y')
err(ContextVar, 'x', 'y', default=1)
err(ContextVar, 'x', foo=1)
err(ContextVar, 'x', default=1, foo=2)
err(ContextVar, default=1)
err(ContextVar, name='x')
err(ContextVar, 1)
err(ContextVar, None, default=1)
err(ContextVar, b'x')
err(a.get, 1, 2)
err(a.get, default=2)
err(a.set)
err(a.set, 1, 2)
err(a.set, value=1)
err(a.reset)
err(a.reset, None)
err(a.reset, 'token')
err(a.reset, t1, t2)
err(Token)
err(ContextVar.get)
err(ContextVar.set, a)

class S(str):
    pass

s = ContextVar(S('sub'))
print(type(s.name).__name__, s.name)

# name is read-only; variables have no __dict__
try:
    a.name = 'b'
except AttributeError as e:
    print('AttributeError', e)
try:
    del a.name
except AttributeError as e:
    print('AttributeError', e)
try:
    a.other = 1
except AttributeError:
    print('AttributeError other')

# variables are hashable by identity; tokens are not hashable
d = {a: 1, b: 2}
print(d[a], d[b], a == a, a != b, a == ContextVar('a'), len({a, b, a}))
try:
    hash(t1)
except TypeError:
    print('TypeError unhashable token')
print(Token.__hash__ is None, ContextVar.__hash__ is None)

# __class_getitem__ (PEP 585)
print(ContextVar[int], Token[str], ContextVar[int].__origin__ is ContextVar)

# neither type can be subclassed
for base in (ContextVar, Token):
    try:
        class Sub(base):
            pass
        print('subclassed', base.__name__)
    except TypeError:
        print('TypeError', base.__name__)

# many variables in one context
vs = [ContextVar('v%d' % i, default=-i) for i in range(300)]
toks = [v.set(i * i) for i, v in enumerate(vs)]
print(sum(v.get() for v in vs), len(copy_context()))
for v, t in reversed(list(zip(vs, toks))):
    v.reset(t)
print(sum(v.get() for v in vs), len(copy_context()))
