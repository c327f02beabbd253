# In-place operator dunders and their fallbacks.
class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'Acc({self.v})'
    def __iadd__(self, o):
        print('__iadd__')
        self.v += o
        return self
    def __add__(self, o):
        print('__add__')
        return Acc(self.v + o)
    def __imul__(self, o):
        print('__imul__ returning a new object')
        return Acc(self.v * o)
    def __isub__(self, o):
        return NotImplemented
    def __sub__(self, o):
        print('__sub__ fallback after NotImplemented __isub__')
        return Acc(self.v - o)
    def __ipow__(self, o):
        self.v **= o
        return self
    def __imatmul__(self, o):
        return 'imatmul result'
    def __ifloordiv__(self, o):
        return None
a = Acc(1)
alias = a
a += 5
print(a, alias, a is alias)
a *= 3
print(a, alias, a is alias)
a -= 1
print(a)
a **= 2
print(a)
a @= 0
print(a)
b = Acc(10)
b //= 3
print(b)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 1
print(x.v, y.v, x is y)
class Nothing:
    pass
n = Nothing()
try:
    n += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    n |= 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    n <<= 1
except TypeError as e:
    print(type(e).__name__, e)
class RAdd:
    def __radd__(self, o):
        return 'radd used by +='
v = 1
v += RAdd()
print(v)
l = [1]
l += Acc(2).__class__ and [2]
print(l)
