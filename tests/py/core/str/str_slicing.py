# Indexing and slicing strings.
s = 'abcdefghij'
print(s[0], s[-1], s[5], s[-10], s[3:7], s[:3], s[7:], s[:], s[::2], s[1::3], s[::-1], s[-3:], s[:-3])
print(s[8:2:-1], s[8:2:-2], s[-1:-5:-1], s[2:8:-1], s[100:], s[-100:3], s[3:100], s[5:5], s[7:3])
print(s[::-3], s[None:None:None], s[None:4], s[slice(2, 6)], s[slice(None, None, -2)], s[1:-1:4])
print(s[True], s[False:True + 2])
for bad in (10, -11, 100):
    try:
        s[bad]
    except IndexError as e:
        print(type(e).__name__, e)
for bad in ('1', 1.0, None):
    try:
        s[bad]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[0] = 'z'
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
u = 'αβγδε😀日本'
print(u[1], u[-3], u[::-1], u[1:6:2], len(u), u[5], ascii(u[5]))
class Idx:
    def __index__(self):
        return 2
print(s[Idx()], s[Idx():5], 'xyz'[-0])
import sys
print(s[-sys.maxsize:sys.maxsize], s[sys.maxsize:], repr(s[2 ** 100:]), s[-2 ** 100:2])
print(''[:], ''[::-1], repr(''[5:]))
