# Float arithmetic and operators.
a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, -a, +a, abs(-a))
print(0.1 + 0.2, 0.1 * 3, 1.1 * 1.1, 1 - 0.9, 100 * 1.1)
print(3 * 0.1 == 0.3, abs(3 * 0.1 - 0.3) < 1e-15)
print(1e308 * 10, -1e308 * 10, 1e-308 / 1e10, 5e-324 / 2)
print(1 / 3 + 1 / 3 + 1 / 3, 2 ** 0.5 * 2 ** 0.5)
print(type(1 + 1.0).__name__, type(2 * 3.0).__name__, type(True + 0.5).__name__)
x = 1.0
x += 0.5
x *= 4
x -= 1
x /= 2
x //= 1
x **= 2
print(x)
print(7.0 // 2, -7.0 // 2, 7.0 % 3, -7.0 % 3, 7.0 % -3)
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
print((0.1).as_integer_ratio(), (0.5).as_integer_ratio(), (-2.75).as_integer_ratio())
print((3.0).is_integer(), (3.5).is_integer(), (-0.0).is_integer())
print((1.5).real, (1.5).imag, (1.5).conjugate())
print(float.fromhex('0x1.8p1'), float.fromhex('-0x1p-2'), (3.0).hex(), (0.1).hex())
print(float.fromhex('inf'), float.fromhex('0x1.fffffffffffffp+1023'))
try:
    float.fromhex('0x1p2000')
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float.fromhex('zz')
except ValueError as e:
    print(type(e).__name__, e)
print(1.5.__add__(1), (1.5).__radd__(1), (1.5).__rsub__(1), (2.0).__rtruediv__(1))
print((1.5).__add__('a'))
print(2.0.__trunc__(), (2.7).__floor__(), (-2.7).__floor__(), (2.1).__ceil__(), (-2.1).__ceil__())
print(float.__name__, isinstance(1.0, float), issubclass(float, object))
