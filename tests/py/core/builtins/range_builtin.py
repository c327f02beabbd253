# range: repr, len, indexing, slicing, negative steps, containment, equality, errors.
for r in (range(5), range(2, 10), range(0, 10, 3), range(10, 0, -2), range(5, 5), range(-3, 3), range(0, -10, -3), range(1, 2, 5)):
    print(repr(r), len(r), list(r), r[0] if r else None, r[-1] if r else None, bool(r))
r = range(0, 20, 3)
print(r[2], r[-2], r[1:4], r[::-1], r[::2], r[-3:], list(r[5:1:-1]), r[100:], r[:-100])
print(3 in r, 4 in r, 18 in r, 21 in r, -3 in r, 3.0 in r, '3' in r, r.index(9), r.count(9), r.count(10))
print(range(0) == range(1, 1), range(0, 3) == range(0, 3, 1), range(0, 10, 5) == range(0, 9, 5), range(1) == [0], range(2) != range(3))
print(r.start, r.stop, r.step, range(5).step, hash(range(3)) == hash(range(0, 3)))
big = range(10 ** 20, 10 ** 20 + 10 ** 19, 10 ** 15)
print(len(big), big[-1], 10 ** 20 + 5 * 10 ** 15 in big, big[10:12])
print(list(reversed(range(1, 10, 4))), sorted(range(3, 0, -1)), sum(range(101)), max(range(7)), list(range(3))[::-1])
for bad in (lambda: range(), lambda: range(1.5), lambda: range(1, 2, 0), lambda: range(1, 2, 3, 4), lambda: range(5)[5],
            lambda: range(5)[-6], lambda: range(5).index(7), lambda: range('a'), lambda: range(5)['x'], lambda: range(1)[:: 0]):
    try:
        print(bad())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
class I:
    def __index__(self):
        return 4
print(range(I()), range(1, I()), range(I())[I() - 1] if False else range(I())[3])
it = iter(range(3))
print(next(it), list(it))
print(range(-5, 5)[::3], range(5)[::-1][0], range(0, 100, 7)[3:9:2])
