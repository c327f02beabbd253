# Huge integers: arithmetic is fine, decimal string conversion is limited (CPython 3.11 default 4300 digits).
import sys
big = 7 ** 20000
print(big.bit_length(), big % 1000007, len(hex(big)))
for label, fn in [('str', lambda: str(big)), ('repr', lambda: repr(big)), ('format', lambda: format(big, 'd')),
                  ('f-string', lambda: f'{big}'), ('%d', lambda: '%d' % big), ('print-like', lambda: '{}'.format(big))]:
    try:
        fn()
        print(label, 'ok')
    except ValueError as e:
        print(label, type(e).__name__, e)
for s in ('1' * 4300, '1' * 4301, '-' + '9' * 5000, '1' * 10000 + 'x'):
    try:
        v = int(s)
        print(len(s), 'parsed', v % 97)
    except ValueError as e:
        print(len(s), type(e).__name__, str(e)[:100])
print(int('f' * 10000, 16).bit_length(), int('1' * 20000, 2) % 1000)
print(len(str(10 ** 4299)), str(-(10 ** 4299))[:3])
try:
    str(-(10 ** 4300))
except ValueError as e:
    print('negative', type(e).__name__)
print(format(big, 'x')[:10], format(big, 'b')[:10], format(big, 'o')[:10])
