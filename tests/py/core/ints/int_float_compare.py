# Exact comparisons between ints and floats.
big = 2 ** 53
print(big == float(big), big + 1 == float(big + 1), float(big + 1) == float(big))
print(big + 1 > float(big), big + 1 < float(big) + 2)
print(10 ** 400 > 1e308, 10 ** 400 < float('inf'), -(10 ** 400) > float('-inf'))
print(1 == 1.0, 1 < 1.5, 2 > 1.9999999999999999, 0 == -0.0)
print(float('nan') == 0, float('nan') != 0, float('nan') < 1, 1 < float('nan'))
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(2 ** 1000 == 2.0 ** 1000, 2 ** 1000 + 1 == 2.0 ** 1000, 2 ** 1000 + 1 > 2.0 ** 1000)
print(-(2 ** 1000) - 1 < -(2.0 ** 1000))
print(1 < 2 < 3.5 < 4, 3 == 3.0 == 3, 0.1 + 0.2 == 0.3)
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
print(sorted([3, 1.5, 2, 0.5, 2.0, 2]))
print(True == 1.0, False < 0.5)
for a, b in [(1, 1.0), (2 ** 63, 2.0 ** 63), (-5, -5.0000001), (123456789012345678, 1.2345678901234568e17)]:
    print(a == b, a < b, a > b, a <= b, a >= b, a != b)
