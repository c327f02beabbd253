# globals() and locals().
top_level = 1
g = globals()
print(g['top_level'], g['__name__'], 'print' in g, '__builtins__' in g, g is globals())
g['created_via_globals'] = 'yes'
print(created_via_globals)
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
def g2():
    x = 1
    loc = locals()
    x = 2
    return loc['x'], locals()['x']
print(g2())
class K:
    p = 1
    q = sorted(locals())
print(K.q)
print(locals() is globals())
def closure():
    outer_v = 'o'
    def inner():
        return sorted(locals())
    def inner_using():
        return outer_v, sorted(locals())
    return inner(), inner_using()
print(closure())
print(sorted([k for k in globals() if not k.startswith('__')]))
