# Higher-order functions without functools.
def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def my_map(fn, xs):
    return [fn(x) for x in xs]
def my_filter(pred, xs):
    return [x for x in xs if pred(x)]
def my_reduce(fn, xs, init):
    acc = init
    for x in xs:
        acc = fn(acc, x)
    return acc
print(my_map(str, [1, 2]), my_filter(str.isdigit, ['1', 'a', '2']), my_reduce(lambda a, b: a * b, range(1, 6), 1))
def curry(fn, arity):
    def curried(*args):
        if len(args) >= arity:
            return fn(*args)
        return lambda *more: curried(*args, *more)
    return curried
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3))
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_sq(n):
    print('computing', n)
    return n * n
print(slow_sq(4), slow_sq(4), sorted(slow_sq.cache.items()))
print(list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200])))
print(sorted(['bb', 'a', 'ccc'], key=len), max(['bb', 'a', 'ccc'], key=len), min({'x': 3, 'y': 1}.items(), key=lambda kv: kv[1]))
def apply_n(fn, n):
    def run(x):
        for _ in range(n):
            x = fn(x)
        return x
    return run
print(apply_n(dbl, 10)(1), apply_n(inc, 0)(1))
def partial(fn, *pargs, **pkw):
    return lambda *a, **k: fn(*pargs, *a, **{**pkw, **k})
p = partial(print, 'prefix:', sep='|')
p('a', 'b')
p('c', sep='-')
