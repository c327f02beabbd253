[x for x in y]
[x for x in y if x]
[x for x in y if x if not x]
[x for x in y for z in x]
[x for x in y if x for z in x if z]
[(x, y) for x in a for y in b]
[x for x in (1, 2)]
[x for x in (lambda: y)()]
[x for x in y if (lambda: x)()]
[x for x, in y]
[x for *x, y in z]
[[x for x in row] for row in m]
[x for row in m for x in row]
[(y := f(x)) for x in data]
[y for x in data if (y := f(x))]
[x for x in y if x if x if x]
[x if x else y for x in z]
[lambda: x for x in y]
{x for x in y}
{x: y for x, y in z}
{x: y for x in a for y in b if x != y}
{**{k: v for k, v in z}}
(x for x in y)
(x for x in y if x)
((x, y) for x in a for y in b)
sum(x for x in y)
sum((x for x in y))
f(x for x in y)
any(x for x in y if x)
[x async for x in y] if 0 else 0
[x for x in y or z]
[x for x in y if a or b]
[x for x in y if a if b or c]
[x for x in await_]
{x: (y for y in x) for x in z}
[
    x
    for x in y
    if x
]
