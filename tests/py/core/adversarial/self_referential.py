# Self-referential containers: repr, str, equality, membership, copying, len.
l = [1]
l.append(l)
print(l, len(l), l[1] is l, l in l, l[1][1][1][0])
d = {}
d['d'] = d
d['l'] = l
print(d)
t = (l,)
print(t)
a = []
b = [a]
a.append(b)
print(a, b)
try:
    print(l == l[:])
except RecursionError as e:
    print('l == copy:', type(e).__name__, e)
print(l == l)
x = []
x.append(x)
y = []
y.append(y)
try:
    print(x == y)
except RecursionError as e:
    print('x == y:', type(e).__name__, e)
s = {'key': None}
s['key'] = [s, (s,)]
print(s)
print(str(l), repr(d)[:30], f'{l}', '%s' % [l], ascii([l]))
class Holder:
    def __init__(self):
        self.me = self
    def __repr__(self):
        return f'Holder(me={self.me is self})'
print(Holder())
import copy
c = copy.deepcopy(l)
print(c, c[1] is c, c is not l)
nested = [[]]
cur = nested[0]
for i in range(10):
    cur.append([])
    cur = cur[0]
cur.append(nested)
print(nested)
