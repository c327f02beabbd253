# Basic integer arithmetic: + - * unary ops, precedence, mixed signs.
print(1 + 2, 7 - 10, 6 * 7, -3 * -4)
print(2 + 3 * 4, (2 + 3) * 4, 2 - 3 - 4, 2 * 3 + 4 * 5)
print(-5, +5, -(-5), +(-5), ~5, ~-1, ~0)
print(10 / 4, 10 / 5, type(10 / 5).__name__, -7 / 2)
print(0 * -1, -0, 0 == -0)
a = 17
a += 3
print(a)
a -= 30
print(a)
a *= -2
print(a)
a //= 3
print(a)
a %= 4
print(a)
a **= 5
print(a)
a <<= 3
print(a)
a >>= 1
print(a)
a |= 0b1010
print(a)
a &= 0b1110
print(a)
a ^= 0xff
print(a)
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2)
print(1_000_000 + 2_000, 0x_ff, 0o_17, 0b_1010)
print(type(3).__name__, type(True + 1).__name__)
x = 123456789
print(x * x, x * x * x)
print(abs(-42), abs(42), abs(0))
print(int(3), int(-3), int(True))
print(100 - 99 * 2 + 3 // 2 - 7 % 3)
print(3 * -1, 3 - -1, 3 + -1, 3 * +2)
print(int.__add__(3, 4), (5).__mul__(6), (5).__rsub__(7))
print((5).__add__(2.0), (5).__truediv__(2))
print(sum([1, 2, 3]) * 2)
print(1 if 5 - 5 else 2)
print(isinstance(10 ** 30, int), 10 ** 30 - 10 ** 30)
n = 0
for i in range(100):
    n += i * i
print(n)
print(1 - 1.0, type(1 - 1.0).__name__)
print(-(2 ** 63), 2 ** 63 - 1, 2 ** 64)
print((2 ** 63) * 2, -(2 ** 63) - 1, (-(2 ** 63)) * -1)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(4611686018427387904 * 2, 4611686018427387904 * -2)
print(3037000499 * 3037000499, 3037000500 * 3037000500)
