# len of everything.
print(len(''), len('héllo'), len(b'\x00\x01'), len([1, [2, 3]]), len((1,)), len({1: 2, 3: 4}), len({1, 2, 2}), len(frozenset()))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0)), len(range(10, 0, -3)), len(bytearray(5)), len({}.keys()), len({1: 1}.items()))
print(len(range(-10 ** 18, 10 ** 18, 10 ** 17)), len('😀'), len('e\u0301'), len(str(2 ** 100)))
for bad in (5, 1.5, None, iter([]), print):
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    len(range(2 ** 64))
except OverflowError as e:
    print(type(e).__name__, e)
print(range(2 ** 64)[-1], range(2 ** 64).__len__ is not None)
class L:
    def __len__(self):
        return 7
print(len(L()))
class BigLen:
    def __len__(self):
        return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print(type(e).__name__, e)
class BoolLen:
    def __len__(self):
        return True
print(len(BoolLen()))
