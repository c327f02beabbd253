# Async generator protocol: async for, __aiter__, asend/athrow/aclose awaitables driven by hand.
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
    # One send on an awaitable; shows a raw yield, a StopIteration value or an error.
    try:
        print('  yielded', repr(aw.send(value)))
    except StopIteration as e:
        print('  StopIteration', repr(e.value), e.args)
    except BaseException as e:
        print(' ', type(e).__name__, repr(str(e)))

async def counter(n):
    for i in range(n):
        yield i
    print('  counter done')

async def collect():
    out = []
    async for v in counter(3):
        out.append(v)
    else:
        out.append('else')
    return out

print('async for:', run(collect()))
ag = counter(2)
print('__aiter__ is self:', ag.__aiter__() is ag, aiter(ag) is ag)

print('-- manual anext')
ag = counter(2)
step(ag.__anext__())
step(ag.__anext__())
step(ag.__anext__())
step(ag.__anext__())

print('-- asend values')
async def echo():
    got = yield 'first'
    while True:
        print('  echo got', repr(got))
        if got == 'stop':
            return
        got = yield got * 2
e = echo()
step(e.asend(None))
step(e.asend('ab'))
step(e.asend(21))
aw = e.asend('ignored')
step(aw, 'replaced')  # a non-None value sent to a fresh asend awaitable replaces it
step(e.asend('stop'))
step(e.asend('after'))

print('-- just started')
e = echo()
step(e.asend('x'))
step(e.asend(None))
step(e.aclose())

print('-- await inside passes values through')
async def awaiter():
    a = await Suspend()
    print('  a =', repr(a))
    v = yield 'after a'
    b = await Suspend()
    print('  v =', repr(v), 'b =', repr(b))
    yield 'end'
w = awaiter()
aw = w.__anext__()
step(aw)
step(aw, 'A')
step(aw, 'too late')
aw = w.asend('V')
step(aw)
step(aw, 'B')
step(w.__anext__())

print('-- exceptions propagate')
async def failing():
    yield 1
    raise KeyError('boom')
f = failing()
step(f.__anext__())
step(f.__anext__())
step(f.__anext__())
print('frame after error:', f.ag_frame)

async def collect_failing():
    got = []
    try:
        async for v in failing():
            got.append(v)
    except KeyError as e:
        got.append(('KeyError', str(e)))
    return got
print(run(collect_failing()))

print('-- bare return')
async def early(flag):
    yield 'a'
    if flag:
        return
    yield 'b'
async def listit(g):
    return [v async for v in g]
print(run(listit(early(True))), run(listit(early(False))))

print('-- break in async for leaves the generator suspended')
async def breaker():
    g = counter(5)
    async for v in g:
        if v == 1:
            break
    print('  broke at', v, 'running:', g.ag_running, 'frame alive:', g.ag_frame is not None)
    print('  next after break:', await g.__anext__())
    await g.aclose()
    print('  closed, frame:', g.ag_frame)
run(breaker())
