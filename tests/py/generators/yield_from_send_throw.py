# send/throw/close are forwarded through yield from.
def inner():
    try:
        while True:
            got = yield 'inner waiting'
            print('  inner received', repr(got))
            if got == 'done':
                return 'inner finished'
    except ValueError as e:
        print('  inner caught', repr(e))
        yield 'inner recovered'
        return 'inner after recover'
    finally:
        print('  inner finally')
def outer():
    result = yield from inner()
    print('  outer got', repr(result))
    yield 'outer continues'
g = outer()
print(next(g))
print(g.send('hello'))
print(g.send('done'))
print(next(g, 'end'))
g = outer()
next(g)
print(g.throw(ValueError('thrown')))
print(next(g))
g = outer()
next(g)
g.close()
print('closed through delegation')
def inner_no_catch():
    yield 1
    yield 2
def outer_catches():
    try:
        yield from inner_no_catch()
    except KeyError as e:
        yield f'outer caught {e!r}'
g = outer_catches()
next(g)
print(g.throw(KeyError('k')))
def plain_iter_delegate():
    yield from iter([1, 2, 3])
p = plain_iter_delegate()
next(p)
try:
    p.send('non-None to list iterator')
except AttributeError as e:
    print(type(e).__name__, e)
print(g.gi_yieldfrom, outer().gi_yieldfrom)
gg = outer()
next(gg)
print(type(gg.gi_yieldfrom).__name__, gg.gi_yieldfrom.__name__)
gg.close()
print('closed explicitly')
