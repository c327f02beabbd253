# Bitwise and / or / xor / invert and int bit methods.
vals = [0, 1, -1, 6, -6, 12, 255, -256, 2 ** 70, -(2 ** 70) + 3]
for a in vals[:6]:
    print(a, [(a & b, a | b, a ^ b) for b in vals[:6]])
print([~v for v in vals])
print(2 ** 70 & -1, 2 ** 70 | 1, (2 ** 70 - 1) ^ 2 ** 69, -(2 ** 70) & 0xffff)
print(-(2 ** 70) & (2 ** 72 - 1))
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
print(~True, ~False)
for v in (0, 1, 7, 8, 255, 256, -1, -255, 2 ** 100, -(2 ** 100)):
    print(v, v.bit_length(), v.bit_count())
try:
    1 & 1.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' | 1
except TypeError as e:
    print(type(e).__name__, e)
print(0b1100 & 0b1010, bin(0b1100 | 0b1010), bin(0b1100 ^ 0b1010), bin(~0b1100))
