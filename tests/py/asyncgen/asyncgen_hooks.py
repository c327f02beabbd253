# sys.set_asyncgen_hooks / get_asyncgen_hooks: firstiter and finalizer calls, errors, restoring.
import gc
import sys

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

def hooks_state():
    h = sys.get_asyncgen_hooks()
    return (type(h).__name__, len(h), h.firstiter is h[0], h.finalizer is h[1],
            getattr(h.firstiter, '__name__', None), getattr(h.finalizer, '__name__', None))

def firstiter(g):
    print('  firstiter', g.__qualname__, 'running', g.ag_running)

def finalizer(g):
    print('  finalizer', g.__qualname__, 'frame alive', g.ag_frame is not None)
    run(g.aclose())

async def agen(tag):
    try:
        yield 1
        yield 2
    finally:
        print('  finally', tag)

print('-- defaults and errors')
saved = sys.get_asyncgen_hooks()
print(hooks_state(), tuple(saved))
for kwargs in ({'firstiter': 1}, {'finalizer': 'x'}, {'firstiter': 1, 'finalizer': 2},
               {'firstiter': firstiter, 'finalizer': 3}):
    try:
        sys.set_asyncgen_hooks(**kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
print('unchanged after errors:', hooks_state())
try:
    sys.set_asyncgen_hooks(1)
except TypeError as e:
    print(type(e).__name__, e)
print(sys.set_asyncgen_hooks())
sys.set_asyncgen_hooks(firstiter=firstiter)
print(hooks_state())
sys.set_asyncgen_hooks(finalizer=finalizer)  # firstiter is kept
print(hooks_state())
sys.set_asyncgen_hooks(firstiter=None)
print(hooks_state())
sys.set_asyncgen_hooks(firstiter, finalizer)
print(hooks_state())

print('-- firstiter on first use, once')
g = agen('a')
print('created')
aw = g.__anext__()
print('awaitable made')
print(run(aw), run(g.asend(None)))
print('del started generator')
del g, aw
gc.collect()
print('-- unstarted generator: no hook calls')
g = agen('b')
del g
gc.collect()
print('-- only an awaitable was made')
for make in (lambda g: g.asend(None), lambda g: g.athrow(ValueError), lambda g: g.aclose()):
    g = agen('c')
    aw = make(g)
    del aw, g
    gc.collect()
print('-- closed or finished generators are not finalized')
g = agen('d')
run(g.__anext__())
run(g.aclose())
del g
gc.collect()
g = agen('e')
print(run(g.__anext__()), run(g.__anext__()))
try:
    run(g.__anext__())
except StopAsyncIteration:
    print('exhausted')
del g
gc.collect()
print('-- hooks are captured at first iteration')
g = agen('f')
run(g.__anext__())
sys.set_asyncgen_hooks(None, None)
del g
gc.collect()
g = agen('g')
run(g.__anext__())
sys.set_asyncgen_hooks(firstiter, finalizer)
run(g.__anext__())  # no firstiter now, and no finalizer later: plain close
del g
gc.collect()
print('-- async for calls firstiter too')
async def loop(g):
    async for v in g:
        return v
g = agen('h')
print(run(loop(g)))
del g
gc.collect()
print('-- firstiter raising')
def bad(g):
    raise ValueError('bad hook')
sys.set_asyncgen_hooks(firstiter=bad, finalizer=None)
g = agen('i')
try:
    g.__anext__()
except ValueError as e:
    print(type(e).__name__, e)
print(run(g.__anext__()))  # not called a second time
print(run(g.aclose()))
print('-- restore')
sys.set_asyncgen_hooks(*saved)
print(hooks_state())
