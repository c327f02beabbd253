# Lexicographic comparison of lists and tuples.
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, 2] != [2, 1])
print((1, 2) == (1, 2), (1, 2) < (1, 2, 3), () < (0,), (1, 'a') < (1, 'b'), (2,) >= (1, 100))
print([1, 2] == (1, 2), [1] != (1,), [[1, 2], [3]] < [[1, 2], [4]], [1.0, 2] == [1, 2.0])
print(max([[1, 2], [1, 3], [0, 9]]), min([(2, 'a'), (1, 'z'), (1, 'b')]))
try:
    [1, 2] < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 'a'] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
print([1, 'a'] < [2, 2], [1, 'a'] == [1, 2])
nan = float('nan')
print([nan] == [nan], (nan,) == (nan,), [float('nan')] == [float('nan')])
class Eq:
    def __eq__(self, other):
        print('eq called')
        return True
e = Eq()
print([e] == [e], [e] == [1], (1, e) == (1, 2))
print([1, 2, 3] <= [1, 2, 3], [1, 2, 3] >= [1, 2], [3] > [2, 100, 100])
