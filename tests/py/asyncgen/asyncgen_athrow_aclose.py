# Async generators: athrow forms, aclose with try/finally, unstarted/finished gens, ignored GeneratorExit.
class Suspend:
    def __await__(self):
        got = yield 'suspended'
        return got

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

def step(aw, value=None):
    try:
        print('  yielded', repr(aw.send(value)))
    except StopIteration as e:
        print('  StopIteration', repr(e.value))
    except BaseException as e:
        print(' ', type(e).__name__, repr(str(e)))

async def catcher():
    while True:
        try:
            yield 'ready'
        except Exception as e:
            print('  caught', type(e).__name__, e.args)

print('-- athrow forms')
c = catcher()
step(c.asend(None))
step(c.athrow(ValueError))
step(c.athrow(ValueError('inst')))
step(c.athrow(ValueError, 'val'))
step(c.athrow(ValueError, ('a', 'b')))
step(c.athrow(ValueError, None))
step(c.athrow(ValueError, ValueError('given'), None))
step(c.athrow(ValueError('inst'), 'extra'))
step(c.athrow(1))
step(c.athrow(ValueError, 'v', 5))
step(c.asend(None))
step(c.aclose())

print('-- athrow not caught')
async def simple():
    try:
        yield 1
        yield 2
    finally:
        print('  simple finally')
s = simple()
step(s.__anext__())
step(s.athrow(KeyError('k')))
step(s.__anext__())
step(s.athrow(KeyError('late')))  # finished generator: athrow just stops
print('-- athrow on an unstarted generator')
s = simple()
step(s.athrow(KeyError('early')))  # finally does not run: never entered
step(s.__anext__())
print('-- athrow caught then returning')
async def returner():
    try:
        yield 1
    except ValueError:
        print('  returner caught')
        return
r = returner()
step(r.__anext__())
step(r.athrow(ValueError))

print('-- throw on an asend awaitable')
async def k():
    try:
        yield 1
    except ValueError as e:
        yield 'caught ' + str(e)
g = k()
step(g.__anext__())
aw = g.asend(None)
try:
    aw.throw(ValueError('via aw.throw'))
except StopIteration as e:
    print('  StopIteration', repr(e.value))
step(g.aclose())
print('-- aclose')
s = simple()
step(s.__anext__())
a = s.aclose()
step(a)
step(a)
step(s.__anext__())
print('aclose unstarted:')
s = simple()
step(s.aclose())
step(s.__anext__())
print('aclose finished:')
s = simple()
print(' ', run(s.__anext__()), run(s.__anext__()))
step(s.__anext__())
step(s.aclose())
step(s.aclose())

print('-- GeneratorExit caught and returning')
async def ge_return():
    try:
        yield 1
    except GeneratorExit:
        print('  got GeneratorExit')
        return
g = ge_return()
step(g.__anext__())
step(g.aclose())

print('-- await inside finally during aclose')
async def aw_finally():
    try:
        yield 1
    finally:
        v = await Suspend()
        print('  awaited in finally', repr(v))
g = aw_finally()
step(g.__anext__())
a = g.aclose()
step(a)
step(a, 'X')

print('-- yield in finally during aclose')
async def ignorer():
    try:
        yield 1
    finally:
        yield 2
g = ignorer()
step(g.__anext__())
step(g.aclose())
step(g.__anext__())  # resumes the finally, which re-raises GeneratorExit
step(g.__anext__())

print('-- other exception from aclose')
async def raiser():
    try:
        yield 1
    finally:
        raise OSError('in finally')
g = raiser()
step(g.__anext__())
try:
    run(g.aclose())
except OSError as e:
    print('  OSError', e, '| context:', type(e.__context__).__name__)
