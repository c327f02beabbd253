# Barrier state machine: filling, draining (n_waiting 0 while parties leave), resetting,
# broken; cancellation of a waiting party; reset while draining; the private state's repr.
import asyncio


def state(b):
    r = repr(b)
    return r[r.index('['):]


async def main():
    b = asyncio.Barrier(3)
    print(b._state, b._state.value, state(b))
    log = []

    async def party(name, pause=0):
        try:
            idx = await b.wait()
        except asyncio.BrokenBarrierError as e:
            log.append(f'{name} broken: {e}')
            return None
        except asyncio.CancelledError:
            log.append(f'{name} cancelled')
            raise
        log.append(f'{name} idx {idx}')
        for _ in range(pause):
            await asyncio.sleep(0)
        return idx

    ts = [asyncio.create_task(party(n)) for n in 'ab']
    await asyncio.sleep(0)
    ts.append(asyncio.create_task(party('c')))
    await asyncio.sleep(0)
    print('draining:', b._state, state(b), b.n_waiting, b._count)
    # a newcomer during draining waits for the next round
    ts.append(asyncio.create_task(party('d')))
    await asyncio.sleep(0)
    print('newcomer:', state(b), b._count, log)
    await asyncio.gather(*ts[:3])
    print('after round:', state(b), b._count, log)

    # cancel a waiting party: the count drops, the others keep waiting
    e = asyncio.create_task(party('e'))
    await asyncio.sleep(0)
    print('two waiting:', state(b))
    e.cancel()
    await asyncio.gather(e, return_exceptions=True)
    print('after cancel:', state(b), log[-1])
    ts = [ts[3], asyncio.create_task(party('f')), asyncio.create_task(party('g'))]
    print(await asyncio.gather(*ts), state(b))

    # reset while parties wait: they are broken, the barrier refills
    log.clear()
    ts = [asyncio.create_task(party(n)) for n in 'hi']
    await asyncio.sleep(0)
    await b.reset()
    print('resetting:', b._state, state(b))
    await asyncio.gather(*ts)
    print(log, b._state, state(b))

    # reset on an idle barrier; abort then reset
    await b.reset()
    print('idle reset:', b._state)
    await b.abort()
    print('aborted:', b._state, state(b), b.n_waiting, b.broken)
    await b.abort()
    print(await party('j'), log[-1])
    await b.reset()
    print('reset:', b._state, state(b))

    # reset during draining: parties still leaving keep their indices
    log.clear()
    ts = [asyncio.create_task(party(n, pause=2)) for n in 'klm']
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('draining again:', b._state, b._count)
    await b.reset()
    print('reset while draining:', b._state)
    print(await asyncio.gather(*ts), log, b._state)

    # async with gives the index; __aexit__ does nothing
    b2 = asyncio.Barrier(2)

    async def ctx(name):
        async with b2 as idx:
            return name, idx, b2.n_waiting

    print(await asyncio.gather(ctx('x'), ctx('y')))
    print(await b2.__aexit__(None, None, None))
    try:
        asyncio.Barrier('2')
    except TypeError as e:
        print('TypeError', e)


asyncio.run(main())
