# asyncio.Barrier: parties, n_waiting, broken, wait() return indices, reuse over
# several rounds, abort() -> BrokenBarrierError, reset(), async with.
import asyncio

async def main():
    b = asyncio.Barrier(3)
    print('parties', b.parties, 'n_waiting', b.n_waiting, 'broken', b.broken)
    log = []
    async def party(name):
        log.append(name + ' arrives')
        idx = await b.wait()
        log.append('%s passes idx=%d' % (name, idx))
        return idx
    ts = [asyncio.create_task(party(n)) for n in 'AB']
    await asyncio.sleep(0)
    print('n_waiting after two arrive:', b.n_waiting)
    ts.append(asyncio.create_task(party('C')))
    res = await asyncio.gather(*ts)
    print(log)
    print('indices', res, 'n_waiting', b.n_waiting)

    # reuse for a second round
    log = []
    res = await asyncio.gather(*(party(n) for n in 'XYZ'))
    print('second round', res, log)

    # async with returns the index
    async def ctx_party():
        async with b as idx:
            return idx
    print('async with:', await asyncio.gather(ctx_party(), ctx_party(), ctx_party()))

    # abort breaks waiters
    async def breaker(name):
        try:
            await b.wait()
        except asyncio.BrokenBarrierError as e:
            return name + ' BrokenBarrierError ' + type(e).__name__
    ts = [asyncio.create_task(breaker(n)) for n in 'PQ']
    await asyncio.sleep(0)
    await b.abort()
    print(await asyncio.gather(*ts), 'broken', b.broken)
    try:
        await b.wait()
    except asyncio.BrokenBarrierError:
        print('wait on broken barrier raises BrokenBarrierError')
    await b.reset()
    print('after reset broken', b.broken, 'n_waiting', b.n_waiting)
    print('works again:', sorted(await asyncio.gather(party('r1'), party('r2'), party('r3'))))

    # reset while parties are waiting breaks them
    ts = [asyncio.create_task(breaker(n)) for n in 'MN']
    await asyncio.sleep(0)
    await b.reset()
    print(await asyncio.gather(*ts), 'broken after reset', b.broken)

    for bad in (0, -2):
        try:
            asyncio.Barrier(bad)
        except ValueError as e:
            print('ValueError', e)
    print('BrokenBarrierError mro:', [c.__name__ for c in asyncio.BrokenBarrierError.__mro__])

    one = asyncio.Barrier(1)
    print('Barrier(1).wait() ->', await one.wait())

asyncio.run(main())
