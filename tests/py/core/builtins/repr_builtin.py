# repr of builtin objects.
import math
vals = [None, True, False, 0, -1, 10 ** 20, 1.5, -0.0, float('inf'), float('nan'), 'str', "it's", 'say "hi"', 'both \' "',
        '\\', '\n', b'bytes', b"it's", bytearray(b'x'), [], [1, [2]], (), (1,), (1, 2), {}, {'a': 1}, set(), {1}, frozenset(),
        frozenset({2}), range(3), range(1, 5, 2), slice(1, 2), slice(None), slice(1, None, -1), Ellipsis, NotImplemented,
        int, type, object, len, math.pi, 1e100, 1e-100, [None, ...], {'nested': {'d': [(), {}]}}]
for v in vals:
    print(repr(v))
print(repr(print), repr(abs), repr(int.__add__)[:26], repr(str.upper)[:30], repr([].append)[:30])
class C:
    pass
print(repr(C)[:17], repr(C()).startswith('<__main__.C object at 0x'))
def fn():
    pass
print(repr(fn).startswith('<function fn at 0x'), repr(lambda: 0).startswith('<function <lambda> at 0x'))
import sys
print(repr(sys)[:19], repr(math).startswith("<module 'math'"))
