# Closures capture variables, not values.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(), c2())
def make_adders():
    return [lambda x, n=n: x + n for n in range(3)], [lambda x: x + n for n in range(3)]
bound, late = make_adders()
print([f(10) for f in bound], [f(10) for f in late])
def outer():
    x = 'outer'
    def middle():
        def inner():
            return x
        return inner
    x = 'changed before call'
    return middle()()
print(outer())
def cell_contents():
    a = 1
    def f():
        return a
    return f
fn = cell_contents()
print(fn.__closure__[0].cell_contents, fn.__code__.co_freevars, len(fn.__closure__))
print(make_counter.__closure__, make_counter().__code__.co_freevars)
def shared():
    v = []
    def add(x):
        v.append(x)
    def get():
        return v
    return add, get
add, get = shared()
add(1)
add(2)
print(get())
def late_binding():
    def f():
        return y
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
    y = 5
    return f()
print(late_binding())
def make_multiplier(factor):
    def mul(v):
        return v * factor
    return mul
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5), double(triple(2)))
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3
        return l2
    return l1()()()
print(deep())
