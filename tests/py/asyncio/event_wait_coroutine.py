# Event.wait() returns a coroutine; tasks blocked in it are woken oldest first, can be
# cancelled (and leave the event's waiters), time out through wait_for, and show the
# future they wait on in their repr. The coroutine can also be driven by hand.
import asyncio


def clean(text):
    # Addresses and the path of this file vary from run to run.
    words = []
    for word in text.split(' '):
        if word.startswith('0x'):
            word = 'ADDR' + word.lstrip('0123456789abcdefx')
        elif '.py:' in word:
            word = 'FILE' + word[word.index('.py:') + 3:].lstrip(':0123456789')
        words.append(word)
    return ' '.join(words)


async def waiter(ev, name, log):
    try:
        r = await ev.wait()
        log.append((name, r))
    except asyncio.CancelledError as e:
        log.append((name, 'cancelled', e.args))
        raise


async def main():
    ev = asyncio.Event()
    co = ev.wait()
    print(type(co).__name__, asyncio.iscoroutine(co), asyncio.isfuture(co),
          asyncio.iscoroutinefunction(ev.wait), clean(repr(co)))
    co.close()
    log = []
    tasks = [asyncio.create_task(waiter(ev, f'w{i}', log)) for i in range(5)]
    await asyncio.sleep(0)
    print(len(ev._waiters), clean(repr(tasks[0])))
    print(clean(repr(ev)))
    tasks[1].cancel('stop')
    tasks[3].cancel()
    await asyncio.sleep(0)
    print(len(ev._waiters), [t.cancelled() for t in tasks])
    ev.set()
    print(clean(repr(tasks[0])))
    await asyncio.gather(*tasks, return_exceptions=True)
    print(log, len(ev._waiters))
    # Set already: returns at once, without waiting.
    print(await ev.wait(), ev.is_set())
    ev.clear()
    # A timeout cancels the wait and takes the waiter out of the event.
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except asyncio.TimeoutError:
        print('timed out', len(ev._waiters))
    # A task made straight from the coroutine.
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    print(repr(t).split(' coro=')[0], repr(t).split(' wait_for=')[1])
    loop = asyncio.get_running_loop()
    loop.call_soon(ev.set)
    print(await t, t.result())
    # Cancelled just as the event is set: the task still sees CancelledError.
    ev.clear()
    t = asyncio.create_task(waiter(ev, 'late', log))
    await asyncio.sleep(0)
    ev.set()
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(log[-1], t.cancelled())
    # Driven by hand: the first send yields the future it waits on.
    ev.clear()
    co = ev.wait()
    fut = co.send(None)
    print(fut._state, len(ev._waiters))
    try:
        co.send(None)
    except RuntimeError as e:
        print('RuntimeError', e)
    print(len(ev._waiters))
    for step in (lambda: co.throw(ValueError('boom')), lambda: co.send(None)):
        try:
            step()
        except RuntimeError as e:
            print('RuntimeError', e)
    co = ev.wait()
    co.send(None)
    try:
        co.throw(ValueError('boom'))
    except ValueError as e:
        print('ValueError', e, len(ev._waiters))
    co = ev.wait()
    co.send(None)
    co.close()
    print('closed', len(ev._waiters))
    co = ev.wait()
    try:
        co.send(1)
    except TypeError as e:
        print('TypeError', e)
    co.close()
    # Many waiters, woken in order.
    ev.clear()
    order = []
    async def w(i):
        await ev.wait()
        order.append(i)
    ts = [asyncio.create_task(w(i)) for i in range(20)]
    await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*ts)
    print(order == list(range(20)))


asyncio.run(main())
