# Comprehension scoping rules.
n = 10
print([n * i for i in range(3)])
def f():
    k = 3
    return [k * i for i in range(3)], {i: k for i in range(2)}, {k + i for i in range(2)}
print(f())
print([i for i in range(3)])
try:
    print(i)
except NameError as e:
    print(type(e).__name__, e)
def outer():
    items = []
    total = 0
    [items.append(j) for j in range(3)]
    return items, [total := total + j for j in range(4)], total
print(outer())
class C:
    x = 5
    y = [x for _ in range(2)] if False else None
    try:
        z = [x for _ in range(2)]
    except NameError as e:
        z = type(e).__name__ + ': ' + str(e)
    w = [q for q in range(x)]
print(C.z, C.w)
def g():
    return [lambda: j for j in range(3)][0]()
print(g())
nested = [[i * j for j in range(3)] for i in range(3)]
print(nested)
def h():
    return [x for x in range(3) if x in [y for y in range(2)]]
print(h())
ys = [(x, y) for x in range(2) for y in range(x, 2)]
print(ys)
