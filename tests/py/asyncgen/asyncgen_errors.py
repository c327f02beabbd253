# Async generator errors: awaitable reuse, "already running", StopIteration/StopAsyncIteration conversion.
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

async def gen():
    try:
        yield 1
        await Suspend()
        yield 2
        yield 3
    finally:
        print('  gen finally')

print('-- reuse of finished awaitables')
g = gen()
aw = g.__anext__()
step(aw)
step(aw)
try:
    aw.throw(ValueError('x'))
except BaseException as e:
    print(' ', type(e).__name__, e)
print('  close on used awaitable:', aw.close())
aw = g.asend(None)
print('  close on fresh awaitable:', aw.close())
step(aw)
a = g.athrow(KeyError)
a.close()
step(a)
step(g.aclose())
print('-- already running (suspended inside an await)')
g = gen()
step(g.__anext__())
outer = g.__anext__()
step(outer)
print('  ag_running:', g.ag_running)
step(g.__anext__())
step(g.asend(None))
step(anext(g))
step(g.athrow(ValueError))
step(g.aclose())
step(outer, 'resume')
print('  ag_running:', g.ag_running)
step(g.__anext__())
step(g.aclose())

print('-- StopIteration inside async gen')
async def raises_si():
    yield 1
    raise StopIteration('inner')
async def raises_sai():
    yield 1
    raise StopAsyncIteration('inner2')
async def next_on_empty():
    yield 1
    next(iter([]))
for f in (raises_si, raises_sai, next_on_empty):
    g = f()
    step(g.__anext__())
    try:
        run(g.__anext__())
    except RuntimeError as e:
        c = e.__cause__
        print('  RuntimeError', e, '| cause:', type(c).__name__, c.args,
              '| suppress:', e.__suppress_context__)
    step(g.__anext__())

print('-- StopAsyncIteration caught inside is fine')
async def catches_inside():
    try:
        raise StopAsyncIteration('local')
    except StopAsyncIteration as e:
        yield 'caught ' + str(e)
print(' ', run(catches_inside().__anext__()))

print('-- thrown StopIteration is converted too')
async def plain():
    yield 1
    yield 2
g = plain()
step(g.__anext__())
try:
    run(g.athrow(StopIteration('thrown')))
except RuntimeError as e:
    print('  RuntimeError', e, '| cause:', type(e.__cause__).__name__)
g = plain()
step(g.__anext__())
try:
    run(g.athrow(StopAsyncIteration))
except RuntimeError as e:
    print('  RuntimeError', e, '| cause:', type(e.__cause__).__name__)

print('-- async for over a generator that raises StopAsyncIteration')
async def loop():
    got = []
    try:
        async for v in raises_sai():
            got.append(v)
    except RuntimeError as e:
        got.append(str(e))
    return got
print(' ', run(loop()))

print('-- bad awaitable inside an async gen')
class BadAwait:
    def __await__(self):
        return 5
async def bad():
    await BadAwait()
    yield 1
step(bad().__anext__())
