# int methods and attributes.
print((255).to_bytes(2, 'big'), (255).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True))
print((1024).to_bytes(4, byteorder='little'), (0).to_bytes(0, 'big'), (5).to_bytes(1, 'big'))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'', 'big'), int.from_bytes([1, 2, 3], 'big'))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(1, 'big')
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (1).to_bytes(1, 'middle')
except ValueError as e:
    print(type(e).__name__, e)
print((10).as_integer_ratio(), (-3).as_integer_ratio(), (7).conjugate())
print((5).real, (5).imag, (5).numerator, (5).denominator)
print(int.__name__, (3).__class__.__name__, int('5').__index__())
print((17).__floor__(), (17).__ceil__(), (17).__round__(), (1789).__round__(-2), (1750).__round__(-2), (1850).__round__(-2))
print(round(12345, -1), round(12355, -1), round(-12345, -2), round(15, -1), round(25, -1))
print((8).__trunc__(), (8).__pos__(), (8).__neg__(), (8).__invert__(), (8).__abs__())
print(int.__doc__ is not None, (5).is_integer() if hasattr(int, 'is_integer') else 'no is_integer')
class MyInt(int):
    pass
m = MyInt(7)
print(m, type(m).__name__, m + 1, type(m + 1).__name__, isinstance(m, int))
print(MyInt.from_bytes(b'\x05', 'big'), type(MyInt.from_bytes(b'\x05', 'big')).__name__)
print(int(m), type(int(m)).__name__)
