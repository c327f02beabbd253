# Exponentiation: negative exponents, three-argument pow, errors.
print(2 ** 10, 2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -3)
print(type(2 ** -1).__name__, type(2 ** 3).__name__)
print(0 ** 0, 0 ** 5, 1 ** 1000, (-1) ** 1001, (-1) ** 1000)
print(2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3))
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 4, 5), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(7, -1, 13), pow(2, -3, 11), pow(38, -1, 97))
print(pow(5, 0, 1), pow(0, 0, 7), pow(10, 100, 3))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 5, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 5, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, 5.0, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print((-8) ** (1 / 3) if False else 'skip complex')
print(pow(2, 100), pow(-2, 63), pow(2, 64) - 1)
print(1.5 ** 2, 2 ** 1.5, 10.0 ** 308)
try:
    print(10.0 ** 309)
except OverflowError as e:
    print(type(e).__name__)
try:
    print(2 ** 10000.0)
except OverflowError as e:
    print(type(e).__name__)
print(True ** 5, False ** 0, 2 ** True)
x = 3
x **= 4
print(x)
print(pow(base=2, exp=5), pow(base=2, exp=5, mod=3))
print((10 ** 18) ** 3 == 10 ** 54, len(str(7 ** 777)))
