# copy.copy and copy.deepcopy on built-in containers, plain instances, slots, cycles and hooks.
import copy

l = [1, [2, 3], {'a': [4]}]
s = copy.copy(l)
d = copy.deepcopy(l)
print(s == l, s is l, s[1] is l[1], d == l, d[1] is l[1], d[2]['a'] is l[2]['a'])
t = (1, 2, 'x')
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
for v in (None, 1, 2.5, 'str', b'b', True, range(3), len, copy.copy, int, Ellipsis, NotImplemented):
    print(copy.copy(v) is v, copy.deepcopy(v) is v, end=' ')
print()
st = {1, 2}
fs = frozenset({(1, 2)})
print(copy.copy(st) == st, copy.copy(st) is st, copy.copy(fs) is fs, copy.deepcopy(fs) == fs)
print(copy.deepcopy({1, (2, 3)}) == {1, (2, 3)}, type(copy.deepcopy(fs)).__name__)
ba = bytearray(b'xy')
print(copy.copy(ba), copy.copy(ba) is ba, copy.deepcopy(ba))
dd = {'k': [1]}
print(copy.copy(dd)['k'] is dd['k'], copy.deepcopy(dd)['k'] is dd['k'])

# Recursive structures keep their shape.
r = [1]
r.append(r)
rc = copy.deepcopy(r)
print(rc[1] is rc, rc is not r, rc[0])
rd = {}
rd['self'] = rd
rdc = copy.deepcopy(rd)
print(rdc['self'] is rdc, rdc is not rd)
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is not shared)
rt = ([],)
rt[0].append(rt)
rtc = copy.deepcopy(rt)
print(rtc[0][0] is rtc, rtc is not rt)

# Plain instances: __dict__ copied, the class kept.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'
p = Point(1, [2])
pc = copy.copy(p)
pd = copy.deepcopy(p)
print(pc, pd, type(pc) is Point, pc.y is p.y, pd.y is p.y, pc is p)

class Slotted:
    __slots__ = ('a', 'b', '__priv')
    def __init__(self):
        self.a = [1]
        self.__priv = 'p'
sl = Slotted()
sc = copy.copy(sl)
sdc = copy.deepcopy(sl)
print(sc.a is sl.a, sdc.a == sl.a, sdc.a is sl.a, hasattr(sc, 'b'), sc._Slotted__priv)

class Mixed(Slotted):
    def __init__(self):
        super().__init__()
        self.extra = {'e': 1}
m = Mixed()
mc = copy.deepcopy(m)
print(mc.a, mc.extra, mc.extra is m.extra, type(mc).__name__)

# Hooks.
class Hooked:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('__copy__ called')
        return Hooked(self.v + 1)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called with', type(memo).__name__)
        return Hooked(copy.deepcopy(self.v, memo) * 10)
h = Hooked(1)
print(copy.copy(h).v, copy.deepcopy(h).v)

class WithState:
    def __init__(self):
        self.data = [1, 2]
        self.cache = 'temp'
    def __getstate__(self):
        state = self.__dict__.copy()
        del state['cache']
        return state
    def __setstate__(self, state):
        print('setstate', sorted(state))
        self.__dict__.update(state)
        self.cache = None
ws = copy.deepcopy(WithState())
print(ws.data, ws.cache)

class Reduced:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __reduce__(self):
        return (Reduced, (self.a, self.b))
rr = copy.deepcopy(Reduced([1], 2))
print(type(rr).__name__, rr.a, rr.b)

class StrReduce:
    def __reduce__(self):
        return 'StrReduce'
sr = StrReduce()
print(copy.copy(sr) is sr, copy.deepcopy(sr) is sr)

class NewArgs:
    def __new__(cls, n):
        self = super().__new__(cls)
        self.n = n
        return self
    def __getnewargs__(self):
        return (self.n,)
na = copy.copy(NewArgs(7))
print(na.n)

# Subclasses of built-ins.
class MyList(list):
    pass
ml = MyList([1, [2]])
ml.attr = 'a'
mlc = copy.copy(ml)
mld = copy.deepcopy(ml)
print(type(mlc).__name__, mlc, mlc.attr, mlc[1] is ml[1], mld[1] is ml[1])
class MyDict(dict):
    pass
md = copy.deepcopy(MyDict(a=[1]))
print(type(md).__name__, md)
class MyInt(int):
    pass
mi = copy.copy(MyInt(5))
print(type(mi).__name__, mi)
class MyTuple(tuple):
    pass
mt = copy.deepcopy(MyTuple([1, [2]]))
print(type(mt).__name__, mt)
class MySet(set):
    pass
ms = copy.copy(MySet([3]))
print(type(ms).__name__, ms)
class MyErr(ValueError):
    pass
me = copy.copy(MyErr('boom', 2))
print(type(me).__name__, me.args)

# Memo sharing and the Error class.
memo = {}
a = [1]
x = copy.deepcopy([a, a], memo)
print(x[0] is x[1], memo[id(a)] is x[0])
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
class Meta(type):
    pass
class K(metaclass=Meta):
    pass
print(copy.copy(K) is K, copy.deepcopy(K) is K)
def f():
    pass
print(copy.deepcopy(f) is f, copy.deepcopy([f])[0] is f)
