# __index__, __int__, __float__, __round__, __trunc__, __floor__, __ceil__.
import math
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i = Idx(3)
print([10, 20, 30, 40][i], 'abcdef'[i:], bin(i), hex(i), oct(i), range(i), list(range(10))[Idx(1):Idx(8):Idx(3)], int(i))
import operator
print(operator.index(i), [1] * Idx(2), 'x' * Idx(3), 1 << int(Idx(4)))
try:
    1 << Idx(4)
except TypeError as e:
    print(type(e).__name__, e)
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __round__(self, nd=None):
        return f'round({nd})'
    def __trunc__(self):
        return 'trunc'
    def __floor__(self):
        return 'floor'
    def __ceil__(self):
        return 'ceil'
n = Num()
print(int(n), float(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))
try:
    [1, 2][n]
except TypeError as e:
    print(type(e).__name__, e)
class BadIndex:
    def __index__(self):
        return 'no'
try:
    [1][BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)
class BadInt:
    def __int__(self):
        return 1.5
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class OnlyIndex:
    def __index__(self):
        return 4
print(int(OnlyIndex()), float(OnlyIndex()), math.sqrt(OnlyIndex()) if False else 'skip')
class IntSubReturn:
    def __int__(self):
        return True
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(int(IntSubReturn()), [str(x.category.__name__) for x in w])
