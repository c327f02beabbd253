# Aliasing, copies and identity.
import copy
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
e = a.copy()
f = copy.deepcopy(a)
a[1].append(4)
a.append(5)
print(a, b, c, d, e, f)
print(a is b, a is c, a == c, a[1] is c[1], a[1] is f[1])
t = (1, [2])
t2 = copy.copy(t)
t3 = copy.deepcopy(t)
print(t2 is t, t3 is t, t3 == t)
x = [1, 2]
y = x
x += [3]
print(y)
x = x + [4]
print(x, y)
print(id(x) == id(x), id(x) != id(y), [] is not [])
s = 'abc'
print(s[:] is s, tuple(t) is t)
nested = [[1, 2], [3, 4]]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[0][0] = 'X'
print(shallow, deep)
r = []
r.append(r)
rc = copy.deepcopy(r)
print(rc, rc[0] is rc, rc is not r)
