# assignment targets of every shape
a = 1
a = b = c = 2
a, b = 1, 2
a, = x
(a) = 1
(a, b) = x
[a, b] = x
[a] = x
() = ()
[] = []
a, *b = x
*a, b = x
a, *b, c = x
[*a] = x
(*a,) = x
*a, = x
(a, (b, c)), [d, [e, *f]] = x
a.b = 1
a.b.c = 1
a[0] = 1
a[1:2] = x
a[::2] = x
a[b, c] = 1
a[b][c].d[e] = 1
f().x = 1
f()[0] = 1
a.b, c[d], *e.f = x
x = *a, *b
x = *a,
# augmented assignment
a += 1
a -= 1
a *= 1
a /= 1
a //= 1
a %= 1
a **= 1
a @= m
a &= 1
a |= 1
a ^= 1
a <<= 1
a >>= 1
a.b += 1
a[0] += 1
a[1:2] += x
f().y += 1
a += yield
a += 1, 2
# annotated assignment
x: int
x: int = 1
(x): int = 1
(x): int
x.y: int = 1
x[0]: int = 1
(x.y): int
x: list[int] = []
x: 'str' = 'a'
x: int = yield
x: tuple = 1, 2
x: tuple = *a, *b
# for targets
for a in x: pass
for a, b in x: pass
for (a, b) in x: pass
for [a, *b] in x: pass
for a.b in x: pass
for a[0] in x: pass
for *a, b in x: pass
for a, in x: pass
for x in *a, *b: pass
for x in a, b: pass
# comprehension targets
[a for a, b in x]
[a for (a, *b) in x]
{k: v for k, v in x}
{a for a.b in x}
(a for a[0] in x)
[a for a in x for b in a if a if b]
# with targets
with a as b: pass
with a as (b, c): pass
with a as [b, *c]: pass
with a as b.c: pass
with a as b[0]: pass
with a as b, c as d: pass
# del targets
del a
del a, b
del a,
del (a)
del (a, b)
del [a, b]
del a.b, a[0], a[1:2]
del (a, [b, c])
del ()
del []
# walrus
(y := 1)
x = (y := 2)
if (n := len(a)) > 10: pass
while (chunk := read()): pass
[y := f(x), y**2]
f(x := 1)
a[x := 1]
a[(x := 1)]
print((z := 3), z)
[(x := i) for i in range(3)]
