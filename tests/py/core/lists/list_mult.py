# Repetition of sequences and aliasing.
row = [0] * 3
grid = [row] * 3
grid[1][1] = 5
print(grid, grid[0] is grid[2])
print([1, 2] * 3, [[]] * 2, ['a'] * 0, [None] * -5, (1,) * 4, 'ab' * 3, b'x' * 2)
n = 4
print([n] * n, [[i] * i for i in range(4)])
l = [1, 2]
l *= 3
print(l)
l *= -1
print(l)
import sys
try:
    [1, 2] * sys.maxsize
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
try:
    [1] * (sys.maxsize + 1)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 2
print([7] * Idx(), Idx() * 'ab')
