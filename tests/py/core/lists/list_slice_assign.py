# Slice assignment and deletion, including extended slices.
l = list(range(10))
l[2:5] = ['a', 'b']
print(l)
l[2:2] = [100, 200, 300]
print(l)
l[:] = l[::-1]
print(l)
l[-2:] = []
print(l)
l[100:] = ['end']
print(l)
l[:0] = 'xy'
print(l)
l[3:1] = ['weird']
print(l)
del l[1:3]
print(l)
del l[::2]
print(l)
l = list(range(10))
l[::2] = 'abcde'
print(l)
l[1::2] = [None] * 5
print(l)
l[::-3] = [0, 0, 0, 0]
print(l)
del l[::-4]
print(l)
del l[:]
print(l)
l = [1, 2, 3]
l[1:2] = range(5)
print(l)
l[0:1] = map(lambda x: x * 10, range(3))
print(l)
l[len(l):] = l
print(l)
for bad in (lambda: l.__setitem__(slice(None, None, 2), [1]), lambda: l.__setitem__(slice(0, 2), 5),
            lambda: l.__setitem__(slice(None, None, 0), []), lambda: l.__delitem__(slice(None, None, 0)),
            lambda: l.__setitem__(slice(None, None, -1), [1, 2])):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
l = [0, 1, 2, 3, 4, 5]
l[1:5:2] = ['o', 'o']
print(l)
l[5:0:-2] = 'XYZ'
print(l)
l[:] = []
print(l)
m = [1, 2, 3, 4]
m[1:3] = m
print(m)
m = [1, 2, 3]
m[::-1] = m
print(m)
t = (1, 2)
try:
    t[0:1] = [9]
except TypeError as e:
    print(type(e).__name__, e)
