# gather exception handling: first exception propagates while other children
# keep running; return_exceptions=True collects exceptions (incl. cancellation)
# in place; a cancelled child cancels/raises in the gather.
import asyncio

log = []

async def ok(name, d):
    await asyncio.sleep(d)
    log.append(name + ' finished')
    return name

async def bad(name, d):
    await asyncio.sleep(d)
    log.append(name + ' raising')
    raise ValueError(name)

async def gated(name, ev):
    await ev.wait()
    log.append(name + ' finished')
    return name

async def main():
    release = asyncio.Event()
    t_slow = asyncio.create_task(gated('slow', release))
    try:
        await asyncio.gather(ok('fast', 0), bad('bad1', 0.01), t_slow, bad('bad2', 0.04))
    except ValueError as e:
        print('gather raised ValueError', e)
    print('slow still running:', not t_slow.done())
    release.set()
    await asyncio.sleep(0.08)
    print(sorted(log))  # bad2 (timer) vs slow (event) order is timing-dependent
    print('slow result:', t_slow.result())

    log.clear()
    res = await asyncio.gather(ok('a', 0), bad('b', 0), ok('c', 0.02),
                               return_exceptions=True)
    print([type(r).__name__ + ':' + str(r) for r in res])

    # a child cancelled directly -> CancelledError in the results or raised
    async def victim():
        await asyncio.sleep(10)
    v = asyncio.create_task(victim())
    g = asyncio.gather(v, ok('other', 0.01), return_exceptions=True)
    await asyncio.sleep(0)
    v.cancel()
    res = await g
    print('with return_exceptions:', [type(r).__name__ for r in res])

    v2 = asyncio.create_task(victim())
    g2 = asyncio.gather(v2, ok('other2', 0.01))
    await asyncio.sleep(0)
    v2.cancel('child msg')
    try:
        await g2
    except asyncio.CancelledError as e:
        print('gather raised CancelledError', e.args, 'gather cancelled?', g2.cancelled())
    await asyncio.sleep(0.02)

    # exception from a coroutine that fails immediately
    async def instant():
        raise KeyError('instant')
    try:
        await asyncio.gather(instant(), ok('x', 0))
    except KeyError as e:
        print('instant failure:', e)
    await asyncio.sleep(0)
    # exception object identity is preserved
    err = OSError('same')
    async def raise_it():
        raise err
    r = await asyncio.gather(raise_it(), return_exceptions=True)
    print('identity preserved:', r[0] is err)

asyncio.run(main())
