lambda: 0
lambda x: x
lambda x, y: x + y
lambda x, y,: 1
lambda x=1: x
lambda x, y=2: y
lambda *a: a
lambda **k: k
lambda *a, **k: (a, k)
lambda *, a: a
lambda *, a=1, b: b
lambda a, /: a
lambda a, /, b: b
lambda a, b=1, /, c=2, *d, e, f=3, **g: 0
lambda a=1, /, *, b: 0
lambda *a,: 0
lambda **k,: 0
lambda: (yield)
lambda: lambda: lambda: 1
lambda x: (lambda y: x + y)
lambda x: x if x else -x
lambda: (x := 1)
(lambda: 1)()
f = lambda x=lambda: 1: x()
x = lambda: 1, 2
sorted(a, key=lambda k: k[1])
[lambda: i for i in range(3)]
lambda x: [y for y in x]
lambda: 1 if a else lambda: 2
lambda *args, key=None, **kw: key
