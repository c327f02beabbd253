# Binary arithmetic dunders, reflected operands and in-place operators.
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return f'V{self.c}'
    def __add__(self, o):
        if isinstance(o, V):
            return V(*[a + b for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)):
            return V(*[a + o for a in self.c])
        return NotImplemented
    def __radd__(self, o):
        print('radd with', o)
        return self + o
    def __sub__(self, o):
        return V(*[a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        return V(*[a * k for a in self.c])
    __rmul__ = __mul__
    def __truediv__(self, k):
        return V(*[a / k for a in self.c])
    def __floordiv__(self, k):
        return V(*[a // k for a in self.c])
    def __mod__(self, k):
        return V(*[a % k for a in self.c])
    def __pow__(self, k, mod=None):
        return V(*[pow(a, k, mod) for a in self.c])
    def __rpow__(self, base):
        return V(*[base ** a for a in self.c])
    def __matmul__(self, o):
        return sum([a * b for a, b in zip(self.c, o.c)])
    def __neg__(self):
        return V(*[-a for a in self.c])
    def __pos__(self):
        return self
    def __abs__(self):
        return sum([a * a for a in self.c]) ** 0.5
    def __invert__(self):
        return V(*reversed(self.c))
    def __lshift__(self, n):
        return V(*(self.c[n:] + self.c[:n]))
    def __rshift__(self, n):
        return V(*(self.c[-n:] + self.c[:-n]))
    def __and__(self, o):
        return 'and'
    def __or__(self, o):
        return 'or'
    def __xor__(self, o):
        return 'xor'
    def __rsub__(self, o):
        return 'rsub ' + repr(o)
    def __divmod__(self, k):
        return (self // k, self % k)
a, b = V(1, 2, 3), V(10, 20, 30)
print(a + b, a + 1, 1 + a, b - a, a * 2, 3 * a, b / 4, b // 4, b % 7, a ** 2, pow(a, 3, 5), 2 ** a)
print(a @ b, -a, +a, abs(V(3, 4)), ~a, a << 1, a >> 1, a & b, a | b, a ^ b, 5 - a, divmod(b, 7))
try:
    a + 'str'
except TypeError as e:
    print(type(e).__name__, e)
try:
    'str' + a
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a / 'x' if False else a.__rtruediv__
except AttributeError as e:
    print(type(e).__name__, e)
class Sub(V):
    def __radd__(self, o):
        return 'Sub.__radd__ wins because subclass'
print(V(1) + Sub(2))
print(sum([V(1, 1), V(2, 2)], V(0, 0)))
print(sum([V(1, 1), V(2, 2)]))
