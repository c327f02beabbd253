# Sequence unpacking in assignments, for-loops and with starred targets.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = 'xy'
print(f, g)
h, *rest = range(5)
print(h, rest)
*init, last = [1, 2, 3]
print(init, last)
first, *mid, end = 'abcdef'
print(first, mid, end)
x, *y = [1]
print(x, y)
*z, = (1, 2)
print(z)
p, (q, *r), s = 1, [2, 3, 4], 5
print(p, q, r, s)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
for a, *b in [(1, 2, 3), (4,)]:
    print(a, b)
d = {}
d['k'], d['l'] = 10, 20
print(d)
obj = type('O', (), {})()
obj.u, obj.v = 'U', 'V'
print(obj.u, obj.v)
l = [0, 0, 0]
i = 0
i, l[i] = 1, 9
print(i, l)
m, n = {'one': 1, 'two': 2}
print(m, n)
m, n = {5, 6}
print(m, n)
t = 1, 2, 3
print(t, type(t).__name__)
a = b = c = [7]
print(a is b is c)
x = [1, 2, 3]
a, b, c = x
print(a, b, c)
print([*range(3), *'ab'], (*[1], *(2,)), {*'aa', *[1]} == {'a', 1}, {**{'a': 1}, 'b': 2, **{'a': 3}})
print(*[1, 2], *'xy', sep='-')
