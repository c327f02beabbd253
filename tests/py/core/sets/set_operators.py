# Set operators and comparisons.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= b, a < a, a <= a, {1, 2} < a, a > {1}, a >= a, {1, 5} < a)
print(a == {4, 3, 2, 1}, a != b, {1, 2} == frozenset({1, 2}), frozenset({1}) == {1})
c = set(a)
c |= {10}
c &= {1, 2, 10, 11}
c -= {2}
c ^= {1, 20}
print(c)
f = frozenset(a)
print(f | b, type(f | b).__name__, type(b | f).__name__, type(f & b).__name__, f - b, f ^ b)
f2 = f
f2 |= {99}
print(f, f2, f is f2)
print(set() == set(), set() < {1}, not set(), bool({0}))
print(sorted([{3}, {1, 2}, {1}], key=len), {1, 2}.__or__({3}), {1}.__and__([1]))
x = {1, 2}
y = x
x |= {3}
print(y, x is y)
print({1, 2, 3} - {2} | {7} & {7, 8}, ({1, 2} | {3}) - {1})
