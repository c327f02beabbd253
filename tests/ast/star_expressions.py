a = *b, c
a = *b,
a = b, *c, d
a = [*b, *c]
a = (*b, *c)
a = {*b, *c}
f(*b, *c)
print(*b, sep='')
for x in *a, *b: pass
a[*b]
a[b, *c]
def f():
    return *a, *b
def g():
    yield *a, *b
    x = yield *a, b
def h(*args: *Ts): pass
*a, b = c
a, *b = *c, d
[*a, b] = c
(*a, b), *c = d
x = [*range(3), *'abc']
x = *(a or b),
x = {**a, 'b': 1, **{'c': 2}}
f(**a, **b)
f(*a or b, **c or d)
