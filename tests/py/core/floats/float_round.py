# round() with banker's rounding and ndigits.
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 1e16 + 0.5 if False else 4.5, 2.675, 1.005):
    print(v, round(v), type(round(v)).__name__, round(v, 0), round(v, 2))
print(round(123.456, -1), round(123.456, -2), round(123.456, -3), round(-123.456, 1))
print(round(5), round(-5), round(5, 2), round(15, -1), round(25, -1), round(-25, -1), round(35, -1))
print(round(1234.5678, 3), round(0.125, 2), round(0.375, 2), round(2.5e-10, 10))
print(round(1e300, 2), round(1e-300, 2), round(-0.0), round(-0.4), round(-0.0, 1))
print(round(7.5, None), round(8.5, None), type(round(7.5, None)).__name__)
print(round(True), round(False, 3), round(10 ** 30 + 5, -1))
for args in ((1.5, 1.5), ('1', 1), (None,)):
    try:
        round(*args)
    except TypeError as e:
        print(type(e).__name__, e)
class R:
    def __round__(self, n=None):
        return ('rounded', n)
print(round(R()), round(R(), 3))
try:
    round(object())
except TypeError as e:
    print(type(e).__name__, e)
import math
print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), math.floor(-2.5), math.ceil(-2.5))
print(int(2.9), int(-2.9), int(1e15 + 0.5))
