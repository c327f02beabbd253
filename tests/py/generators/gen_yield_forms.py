# Forms of yield: bare, in expressions, in lambdas, precedence, and where yield is not allowed.
def forms():
    a = yield
    b = yield a
    c = (yield b) or 'default'
    yield [a, b, c]
g = forms()
print(next(g), g.send(1), g.send(2), g.send(None))
lam = lambda: (yield 'from lambda')
print(list(lam()), type(lam()).__name__)
def in_call():
    print('  printed:', (yield 'first'))
    yield 'end'
g = in_call()
print(next(g), g.send('sent'))
def tuple_yield():
    yield 1, 2
    yield (3, 4)
    v = yield 5, 6
    yield v
print(list(tuple_yield()))
for src in ('yield 1', 'def f():\n    [(yield x) for x in range(3)]', 'class C:\n    yield 1',
            'def f():\n    x = lambda: (yield from [1])\n    return x', 'async def f():\n    yield from []',
            'def f():\n    return (x for x in (yield))'):
    try:
        exec(src, {})
        print('compiled ok:', src.replace('\n', ' | '))
    except SyntaxError as e:
        print('SyntaxError:', e.msg)
