# Tuples: construction, methods, immutability, hashing, concatenation.
t = (1, 'two', 3.0, None, (5, 6))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-1], t.count(1), t.index(3.0), t.index(None, 2))
print((), (1,), tuple(), tuple('ab'), tuple([1, 2]), tuple(range(3)), tuple({1: 2}), 1,)
print((1, 2) + (3,), (1,) * 3, 2 * (0, 1), (1, 2) * 0, ((1,) * 2) * 2)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    (1,) + [2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
m = ([1], 2)
m[0].append(99)
print(m)
try:
    m[0] += [100]
except TypeError as e:
    print(type(e).__name__, e)
print(m)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'pair'}[(1, 2)], (1, 2) in {(1, 2)})
a = (1, 2)
b = a
a += (3,)
print(a, b, a is b)
print(repr((1,)), repr(()), str(('a',)), repr(('a', "b'c", 'd"e')), repr((1, (2, (3, ())))))
x = 1, 2
y, = (9,)
print(x, y, tuple(reversed(x)), sorted((3, 1, 2)), (1, 2, 3)[True], 3 in (1, 2, 3))
print(tuple.__name__, isinstance((), tuple), type(()) is tuple)
class T(tuple):
    pass
tt = T((1, 2))
print(tt, type(tt).__name__, type(tt + (3,)).__name__, tt == (1, 2))
