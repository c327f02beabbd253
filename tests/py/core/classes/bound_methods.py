# Bound and unbound methods, method identity and equality.
class C:
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n
a, b = C(1), C(2)
ga = a.get
print(ga(), C.get(b), ga.__self__ is a, ga.__func__ is C.get, type(ga).__name__, type(C.get).__name__)
print(a.get == a.get, a.get is a.get, a.get == b.get, a.get != C(1).get)
methods = [a.get, b.get]
a.n = 100
print([m() for m in methods])
class D:
    def who(self):
        return 'D.who'
d = D()
m = d.who
D.who = lambda self: 'replaced'
print(m(), d.who())
d.who = lambda: 'instance override'
print(d.who(), D.who(d))
del d.who
print(d.who())
import types
def external(self):
    return 'bound manually to ' + type(self).__name__
bm = types.MethodType(external, d)
print(bm(), bm.__self__ is d)
print(C.get.__name__, ga.__name__, ga.__qualname__, getattr(a, 'get')())
print(list(map(C.get, [a, b])), sorted([b, a], key=C.get)[0].n)
class WithStatic:
    @staticmethod
    def s():
        return 'static'
print(WithStatic.s is WithStatic().s, type(WithStatic().s).__name__)
print(callable(a.get), hasattr(a.get, '__call__'))
try:
    a.get.new_attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
print([].append.__self__ == [], type([].append).__name__, type(list.append).__name__)
