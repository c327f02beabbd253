# global and nonlocal declarations.
g = 'global g'
def read_global():
    return g
def write_global():
    global g
    g = 'rewritten'
def shadow():
    g = 'local'
    return g
print(read_global(), shadow(), g)
write_global()
print(g)
def unbound():
    try:
        print(g)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    g = 'local later'
unbound()
def create_global():
    global brand_new
    brand_new = 42
create_global()
print(brand_new)
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        def innermost():
            nonlocal x
            x *= 10
        innermost()
    inner()
    return x
print(outer())
def outer2():
    x = 'outer2'
    def inner():
        global x
        x = 'module x from inner'
    inner()
    return x
print(outer2(), x)
def counter_pair():
    n = 0
    def inc():
        nonlocal n
        n += 1
    def get():
        return n
    return inc, get
inc, get = counter_pair()
inc(); inc()
print(get())
class K:
    v = 'class v'
    def m(self):
        return v
v = 'module v'
print(K().m())
def uses_builtin():
    return len('abc')
len = lambda s: 'shadowed'
print(uses_builtin())
del len
print(uses_builtin())
import builtins
print(builtins.len('xy'))
