# Float comparisons, min/max and sorting with -0.0 and ties.
print(0.0 == -0.0, 0.0 < -0.0, -0.0 < 0.0, str(-0.0), str(0.0 * -1), str(-0.0 + 0.0))
print(sorted([0.0, -0.0, 1.0, -1.0]), sorted([-0.0, 0.0]), max(0.0, -0.0), max(-0.0, 0.0))
print(1.0 < 2, 2.5 >= 2.5, 1e-300 > 0, -1e-300 < 0, 5e-324 > 0, 5e-324 / 2 == 0)
print(0.1 + 0.2 > 0.3, 0.1 + 0.2 - 0.3)
print(1.0 == True, 0.0 == False)
print([1.0, 2.0] == [1, 2], (1.0,) < (1, 0), {1.0: 'x'} == {1: 'x'})
vals = [3.5, -2.25, 1e10, -1e-10, 0.0, 7, 2 ** 60, -3]
print(sorted(vals), sorted(vals, reverse=True))
print(max(vals), min(vals), sum(vals))
try:
    1.0 < '1'
except TypeError as e:
    print(type(e).__name__, e)
try:
    1.0 < None
except TypeError as e:
    print(type(e).__name__, e)
print(1.0 == '1', 1.0 != None)
