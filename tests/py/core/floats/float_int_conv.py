# Conversions between int and float.
print(int(3.99), int(-3.99), int(1e18), int(1.5e300) > 10 ** 299, int(-0.0))
print(float(3), float(10 ** 20), float(2 ** 53 + 1), float(-(2 ** 63)))
print(int(2.0 ** 80), int(float(2 ** 80)) == 2 ** 80)
for v in (float('inf'), float('-inf'), float('nan')):
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    float(2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2 ** 1024 / 1
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2.0 + 10 ** 400
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10 ** 400 * 1.0
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 // 10 ** 399, (10 ** 400) / (10 ** 399), 1 / 10 ** 400)
print(2 ** 1023 * 1.0, (2 ** 1024 - 2 ** 971) / 1)
try:
    print((2 ** 1024 - 2 ** 970) / 1)
except OverflowError as e:
    print(type(e).__name__, e)
print(7 / 2, 10 ** 20 / 10 ** 10, (10 ** 20 + 1) / 10, 1 / 3 * 3)
print(int('12') + float('0.5'), str(int(7.0)), str(float(7)))
import math
print(math.floor(7.3), type(math.floor(7.3)).__name__, math.ceil(-7.3), math.trunc(7.9))
try:
    math.floor(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.ceil(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
print((2.5).__int__(), (2.5).__float__(), (7).__float__())
