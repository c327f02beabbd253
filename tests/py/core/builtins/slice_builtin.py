# slice objects: attributes, indices(), use as subscripts, hashing.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1), slice('a', 'b'))
print(s.indices(5), slice(None).indices(10), slice(-3, None).indices(10), slice(None, None, -1).indices(4), slice(100, -100, -3).indices(10))
print('abcdefghij'[s], list(range(20))[s], 'abc'[slice(None, None, -1)], (1, 2, 3)[slice(1, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3))
try:
    print(hash(slice(1, 2)))
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.start = 5
except AttributeError as e:
    print(type(e).__name__, e)
class Rec:
    def __getitem__(self, k):
        return k
print(Rec()[1:2:3] == slice(1, 2, 3), Rec()[::], Rec()[:'x'])
l = list(range(10))
del l[slice(0, 10, 3)]
print(l)
l[slice(0, 2)] = ['a', 'b', 'c']
print(l)
