# except* in functions, generators and coroutines: clauses that yield or await keep the
# statement's state (the caught group, the raised list, the unmatched rest) across suspension.
def group(*excs):
    return ExceptionGroup('eg', list(excs))

# Recursion through clauses.
def depth(n):
    try:
        if n == 0:
            raise group(ValueError(0))
        depth(n - 1)
    except* ValueError as g:
        if n < 3:
            raise ValueError(n)
        return_value = [repr(e) for e in g.exceptions]
        print('depth', n, 'caught', return_value)
depth(3)

# A generator that yields inside clauses.
def gen():
    try:
        yield 'body'
        raise group(ValueError(1), TypeError(2), KeyError(3))
    except* ValueError as g:
        yield 'ValueError clause ' + repr(g)
        yield 'still in ValueError clause'
    except* TypeError as g:
        yield 'TypeError clause ' + repr(g)
        raise OSError('raised after a yield')
    finally:
        yield 'finally'
try:
    for item in gen():
        print(item)
except ExceptionGroup as e:
    print('generator raised:', repr(e))

# The generator's handled exception survives its suspension, separately from the caller's.
import sys
def gen_exc_info():
    try:
        raise group(ValueError(1))
    except* ValueError:
        yield repr(sys.exc_info()[1])
        yield repr(sys.exc_info()[1])
g = gen_exc_info()
print('in generator:', next(g))
try:
    raise KeyError('caller handling')
except KeyError:
    print('in caller:', repr(sys.exc_info()[1]))
    print('in generator again:', next(g))
print('caller after:', sys.exc_info()[1])

# An exception thrown into a generator suspended in a clause joins the raised list.
def gen_throw():
    try:
        raise group(ValueError(1), TypeError(2))
    except* ValueError:
        yield 'suspended in clause'
        print('not reached')
g = gen_throw()
print(next(g))
try:
    g.throw(RuntimeError('thrown in'))
except ExceptionGroup as e:
    print('after throw:', repr(e))

# close() of a generator suspended in a clause: GeneratorExit is raised there and, being
# all that is left, leaves the statement as itself, so close() is quiet.
def gen_close():
    try:
        raise group(ValueError(1))
    except* ValueError:
        try:
            yield 'suspended'
        finally:
            print('  clause cleanup runs')
g = gen_close()
next(g)
try:
    g.close()
    print('closed quietly')
except BaseException as e:
    print('close raised:', type(e).__name__, repr(e))

# except* inside a generator expression's source and around yield from.
def inner():
    yield 1
    raise group(ValueError('from inner'))
def outer():
    try:
        yield from inner()
    except* ValueError as g:
        yield 'outer caught ' + repr(g)
print(list(outer()))

# Coroutines: await inside clauses.
class Ready:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        yield 'suspend'
        return self.value

async def fails():
    await Ready(None)
    raise group(ValueError('async'), TypeError('async'))

async def coro():
    try:
        await fails()
    except* ValueError as g:
        v = await Ready('awaited in clause')
        print(v, repr(g))
    except* TypeError as g:
        await Ready(None)
        raise KeyError('from async clause')

def drive(c):
    try:
        while True:
            c.send(None)
    except StopIteration as s:
        return s.value

try:
    drive(coro())
except BaseException as e:
    print('coroutine raised:', repr(e))

async def coro_ok():
    try:
        await fails()
    except* (ValueError, TypeError) as g:
        return_value = await Ready(len(g.exceptions))
    return return_value
print('coroutine returned:', drive(coro_ok()))

# With an unmatched rest beside it, GeneratorExit leaves inside a group: close() lets the
# group through, as CPython 3.11 does.
def gen_close_rest():
    try:
        raise group(ValueError(1), TypeError(2))
    except* ValueError:
        yield 'suspended'
g = gen_close_rest()
next(g)
try:
    g.close()
    print('closed quietly')
except BaseException as e:
    print('close raised:', type(e).__name__, repr(e))
