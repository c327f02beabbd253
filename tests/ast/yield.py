def g():
    yield
    yield 1
    yield 1, 2
    yield *a, b
    yield from x
    yield from (x, y)
    x = yield
    x = yield 1
    x = yield 1, 2
    x = yield from y
    x = y = yield z
    x += yield
    x += yield from y
    x: int = yield
    x: int = yield from y
    (yield)
    (yield 1)
    (yield from y)
    f((yield))
    f((yield), (yield from x))
    f(x=(yield))
    [(yield)]
    {(yield): (yield)}
    a[(yield)]
    (yield) + 1
    await_ = (yield) if (yield) else (yield)
    return (yield)
    for x in (yield): pass
    while (yield): pass
    if (yield): pass
    with (yield) as y: pass
    lambda: (yield)
    x = yield lambda: 1
    yield x if y else z
    yield (yield (yield))
    yield f"{(yield)}"
    print((yield))
    del a[(yield)]
    assert (yield), (yield)
    raise (yield)
    yield not x
    yield -x
    x = [(yield) for _ in ()] if 0 else 0
def h(a=(yield)): pass
