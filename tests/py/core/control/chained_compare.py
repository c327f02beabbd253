# Chained comparisons evaluate each operand once and short-circuit.
def v(x, name):
    print('eval', name)
    return x
print(v(1, 'a') < v(2, 'b') < v(3, 'c'))
print(v(1, 'a') < v(0, 'b') < v(3, 'c'))
print(v(3, 'a') > v(2, 'b') == v(2, 'c') != v(5, 'd'))
x = 5
print(0 < x < 10, 0 < x > 4, 1 < 2 > 1 < 2, x == 5 == 5.0, 1 < 3 != 3)
print(1 in [1, 2] in [[1, 2]], 'a' in 'abc' not in 'xyz', None is None is not False)
print(1 < 2 < 3 < 4 < 5 < 4, (1 < 2) < 3, 1 < (2 < 3))
a = [1, 2]
b = a
print(a is b is not None, a == b == [1, 2], [] is not [] if False else 'skip')
print(3 > 2 == True, (3 > 2) == True)
try:
    print(1 < 'a' < 2)
except TypeError as e:
    print(type(e).__name__, e)
print(2 > 3 < 'never compared')
class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print(f'{self.n} < {other.n}')
        return self.n < other.n
print(Loud(1) < Loud(2) < Loud(3) < Loud(0) < Loud(9))
