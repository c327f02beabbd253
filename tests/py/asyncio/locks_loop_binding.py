# The primitives and queues bind to the loop that first makes them wait (not the one
# they were created under), and then refuse other loops; unblocking paths never bind.
import asyncio


def clean(text):
    while ' at 0x' in text:
        i = text.index(' at 0x')
        j = i + 6
        while j < len(text) and text[j] in '0123456789abcdef':
            j += 1
        text = text[:i] + text[j:]
    return text


def attempt(label, coro_fn, blocks=False):
    # A call expected to block is given 10 ms (and reported as waiting); the others get no
    # time limit, so that slow builds see the same.
    async def run():
        try:
            result = await (asyncio.wait_for(coro_fn(), 0.01) if blocks else coro_fn())
            print(label, 'ok', result)
        except TimeoutError:
            print(label, 'timed out (was waiting)')
        except RuntimeError as e:
            print(label, 'RuntimeError', clean(str(e)))
    asyncio.run(run())


# Made outside any loop, used by two loops in turn.
lock = asyncio.Lock()
ev = asyncio.Event()
cond = asyncio.Condition()
sem = asyncio.Semaphore(1)
q = asyncio.Queue(1)
bar = asyncio.Barrier(2)
print('bound before use:', lock._loop, ev._loop, q._loop)

# Uncontended operations don't bind.
attempt('lock acquire', lock.acquire)
lock.release()
attempt('sem acquire', sem.acquire)
sem.release()
q.put_nowait(1)
attempt('queue get', q.get)
attempt('queue put', lambda: q.put(2))
print('still unbound:', lock._loop is None, sem._loop is None, q._loop is None)

# Waiting binds.
attempt('event wait', ev.wait, blocks=True)
print('event bound:', ev._loop is not None)
attempt('event wait again (new loop)', ev.wait)
ev.set()
attempt('set event wait (no binding check)', ev.wait)

attempt('queue put when full', lambda: q.put(3), blocks=True)
attempt('queue put when full, other loop', lambda: q.put(3))


async def lock_twice():
    await lock.acquire()
    return await lock.acquire()
attempt('lock contended', lock_twice, blocks=True)
lock.release()
attempt('lock contended, other loop', lock_twice)


async def cond_wait():
    async with cond:
        return await cond.wait()
attempt('condition wait', cond_wait, blocks=True)
attempt('condition wait, other loop', cond_wait)
print('condition lock held after error:', cond.locked())


async def sem_twice():
    await sem.acquire()
    return await sem.acquire()
attempt('semaphore contended', sem_twice, blocks=True)
attempt('semaphore contended, other loop', sem_twice)

attempt('barrier wait', bar.wait, blocks=True)
print('barrier state:', clean(repr(bar)))


async def make_and_wait():
    e = asyncio.Event()
    asyncio.get_running_loop().call_soon(e.set)
    return await e.wait(), e._loop is asyncio.get_running_loop()
attempt('fresh event', make_and_wait)

# Without a running loop
e2 = asyncio.Event()
co = e2.wait()
try:
    co.send(None)
except AttributeError as e:
    print('no loop: AttributeError', e)
except RuntimeError as e:
    print('no loop: RuntimeError', e)
