# Sequence protocol: __getitem__-based iteration, __len__, __contains__, __reversed__.
class Squares:
    def __getitem__(self, i):
        if not isinstance(i, int):
            raise TypeError('index must be int')
        if i >= 5:
            raise IndexError('done')
        return i * i
s = Squares()
print(list(s), 9 in s, 10 in s, [x for x in s if x % 2], s[3])
it = iter(s)
print(type(it).__name__, next(it), next(it))
class Contains:
    def __contains__(self, item):
        print('contains check', item)
        return item == 'yes'
c = Contains()
print('yes' in c, 'no' in c, 'no' not in c)
class ContainsNonBool:
    def __contains__(self, item):
        return [1]
print(1 in ContainsNonBool())
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(Sized(3)), bool(Sized(0)), bool(Sized(2)))
for bad in (-1, 'x', 2 ** 100, 1.5):
    try:
        len(Sized(bad))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        return self.cells.get(key, '.')
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
g = Grid()
g[0, 1] = 'X'
g[2, 2] = 'O'
print(g[0, 1], g[1, 1], g[2, 2], sorted(g.cells))
del g[0, 1]
print(sorted(g.cells))
class Slicer:
    def __getitem__(self, key):
        return key
sl = Slicer()
print(sl[1], sl[1:2], sl[::3], sl[1:2, 3], sl[...], sl[:, None], sl['k'])
class NotIterable:
    pass
try:
    iter(NotIterable())
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' in NotIterable()
except TypeError as e:
    print(type(e).__name__, e)
try:
    NotIterable()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    NotIterable()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del NotIterable()[0]
except TypeError as e:
    print(type(e).__name__, e)
