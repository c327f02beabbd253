# Default parameter values, evaluated once at definition time.
def greet(name, greeting='Hello', punct='!'):
    return f'{greeting}, {name}{punct}'
print(greet('Ann'), greet('Bob', 'Hi'), greet('Cy', punct='?'), greet(greeting='Yo', name='Di'))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
counter = 0
def make_default():
    global counter
    counter += 1
    return counter
def f(x=make_default()):
    return x
print(f(), f(), counter)
def g(a, b=2, *args, c=3, d, **kw):
    return a, b, args, c, d, kw
print(g(1, d=4), g(1, 5, 6, 7, d=8, e=9), g.__defaults__, g.__kwdefaults__)
def h(x=[]):
    return x
h.__defaults__ = ([99],)
print(h())
def k(a, b=5):
    return a + b
k.__defaults__ = (100,)
print(k(1))
n = 10
def late(x=n):
    return x
n = 20
print(late())
def no_defaults(a):
    pass
print(no_defaults.__defaults__, no_defaults.__kwdefaults__)
def kwd(*, a=1, b):
    return a, b
print(kwd(b=2), kwd.__kwdefaults__)
