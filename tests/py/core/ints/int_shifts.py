# Shift operators on small, big and negative ints.
for n in (1, 5, -5, 255, -256, 0):
    print(n, [n << k for k in (0, 1, 7, 63, 64, 65)], [n >> k for k in (0, 1, 2, 8, 63, 64, 100)])
print(1 << 200, (1 << 200) >> 199, -1 >> 1000, 1 >> 1000)
print(-(1 << 100) >> 99, ((1 << 100) - 1) >> 99)
for bad in (-1, -100):
    try:
        print(1 << bad)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        print(1 >> bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    1 << 1.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    1.0 >> 1
except TypeError as e:
    print(type(e).__name__, e)
print(True << 3, 8 >> True, 0 << 1000)
try:
    print(1 << (1 << 70))
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)
print(0 << (1 << 70), 5 >> (1 << 70), -5 >> (1 << 70))
x = 1
x <<= 40
print(x)
x >>= 38
print(x)
