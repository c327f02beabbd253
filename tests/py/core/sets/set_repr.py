# repr of sets of small non-negative ints is stable (hash == value).
# (Only sets whose CPython order is ascending: colliding values such as {9, 1} print in table-probe order.)
print({5, 3, 7, 1}, set(range(10, 0, -1)), {0, 4, 2}, frozenset({2, 1}), {-1, -2} == {-2, -1})
print(set(), frozenset(), {()}, {(1, 2)}, {None}, {True, 2}, {1.0, 2.5} == {2.5, 1.0})
print(str({1}), repr({2, 1}), f'{ {3, 2} }', '%s' % {4, 3})
print(sorted({'banana', 'apple', 'cherry'}), len({'x', 'y'}))
s = {1, 2, 3}
s.add(s.pop())
print(len(s))
print({i for i in range(20) if i % 3 == 0})
class S(set):
    pass
print(S([3, 1]), repr(S()))
