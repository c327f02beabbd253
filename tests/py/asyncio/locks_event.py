# asyncio.Event: set/clear/is_set, wait() returns True, many waiters woken in the
# order they started waiting, wait on a set event returns without yielding,
# clear before waiters run does not un-wake them.
import asyncio

def state(ev):
    r = repr(ev)
    return r[r.index('['):]

async def main():
    ev = asyncio.Event()
    print('is_set', ev.is_set(), state(ev))
    log = []
    async def waiter(n):
        log.append('wait %d' % n)
        r = await ev.wait()
        log.append('woke %d %r' % (n, r))
    ts = [asyncio.create_task(waiter(i)) for i in range(4)]
    await asyncio.sleep(0)
    print('waiting:', state(ev))
    ev.set()
    print('after set', ev.is_set(), state(ev))
    await asyncio.gather(*ts)
    print(log)

    seq = []
    asyncio.get_running_loop().call_soon(seq.append, 'callback')
    r = await ev.wait()
    seq.append('wait on set event returned %r' % r)
    await asyncio.sleep(0)
    print(seq)

    ev.set()  # setting twice is harmless
    ev.clear()
    print('after clear', ev.is_set())

    # set then clear immediately: existing waiters still wake
    log = []
    ts = [asyncio.create_task(waiter(i)) for i in range(2)]
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await asyncio.gather(*ts)
    print('set+clear:', log, 'is_set', ev.is_set())

    # a cancelled waiter does not affect the others
    log = []
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    ts[1].cancel()
    await asyncio.sleep(0)
    ev.set()
    res = await asyncio.gather(*ts, return_exceptions=True)
    print('with cancelled waiter:', log, [type(r).__name__ for r in res])

    # wait with a timeout
    ev2 = asyncio.Event()
    try:
        await asyncio.wait_for(ev2.wait(), 0.01)
    except TimeoutError:
        print('wait_for(event.wait()) timed out')

asyncio.run(main())
