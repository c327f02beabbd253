# list methods.
l = [3, 1, 4]
l.append(1)
l.extend([5, 9])
l.extend('ab')
l.extend(range(2))
l.insert(0, 'first')
l.insert(-1, 'penult')
l.insert(100, 'last')
l.insert(-100, 'front')
print(l, len(l))
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove('a')
print(l, l.index(1), l.index(1, 3), l.count(1), l.count('zzz'))
l2 = l.copy()
l2.clear()
print(l, l2)
l = [5, 2, 8, 1]
l.reverse()
print(l)
l.sort()
print(l)
l.sort(reverse=True)
print(l)
print(l.__len__(), l.__contains__(8), l.__getitem__(-1), l.__add__([0]), l.__mul__(2))
m = []
for i in range(5):
    m += [i]
m += 'xy'
m += (7,)
print(m)
m *= 2
print(m)
m *= 0
print(m)
print(list(), list('abc'), list((1, 2)), list({1: 'a', 2: 'b'}), list(range(3)), list(map(str.upper, 'ab')))
print([1, [2, [3, [4]]]], [[]] * 3, [None, True, 1.5, 'x', b'y'])
a = [[0] * 2] * 2
a[0][0] = 9
print(a)
b = [[0] * 2 for _ in range(2)]
b[0][0] = 9
print(b)
print([1, 2, 3] + [4], [1] * 3, 2 * [0], [] * 10, [1, 2] * -1)
