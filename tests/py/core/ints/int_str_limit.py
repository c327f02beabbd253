# CPython 3.11 limits int<->str conversion to 4300 decimal digits.
import sys
print(sys.get_int_max_str_digits())
big = 10 ** 4299
print(len(str(big)))
try:
    s = str(10 ** 4300)
    print(len(s))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(repr(10 ** 5000)[:5])
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f'{10 ** 5000}'[:5])
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('1' * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(int('1' * 4300) % 1000)
print(len(hex(10 ** 5000)), hex(2 ** 20000)[:6])
print(int('f' * 5000, 16).bit_length())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4999)))
try:
    str(10 ** 5000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(type(e).__name__, e)
