# Lambda expressions.
sq = lambda x: x * x
print(sq(5), (lambda: 'no args')(), (lambda *a, **k: (a, k))(1, b=2), (lambda x, y=2: x + y)(1))
print(sq.__name__, (lambda: 0).__name__, sq.__qualname__)
print(sorted([(1, 'b'), (2, 'a')], key=lambda p: p[1]), list(map(lambda x: x + 1, [1, 2])), list(filter(lambda x: x % 2, range(6))))
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda x: x + 1)(3))
print((lambda x: (lambda y: x + y))(10)(5))
curry = lambda a: lambda b: lambda c: a * b * c
print(curry(2)(3)(4))
print((lambda *, k: k)(k='kw'), (lambda a, /, b: (a, b))(1, b=2))
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b}
print(ops['+'](2, 3), ops['-'](2, 3))
print((lambda: (yield_ := 5))(), yield_ if 'yield_' in dir() else 'not leaked')
fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(fact(10))
print(type(sq).__name__, callable(sq), sq.__doc__)
print((lambda x: x)(lambda: 1)())
