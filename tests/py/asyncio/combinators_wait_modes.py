# asyncio.wait with FIRST_COMPLETED / FIRST_EXCEPTION / ALL_COMPLETED: the
# (done, pending) sets, pending tasks are not cancelled, errors for bad input.
# Jobs take a number of sleep(0) steps (not wall-clock delays) so completion
# order is independent of machine speed.
import asyncio

async def job(name, steps, fail=False):
    for _ in range(steps):
        await asyncio.sleep(0)
    if fail:
        raise RuntimeError(name)
    return name

def names(s):
    return sorted(t.get_name() for t in s)

def mk(name, steps, fail=False):
    return asyncio.create_task(job(name, steps, fail), name=name)

async def main():
    ts = [mk('a', 10), mk('b', 1), mk('c', 20)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print('FIRST_COMPLETED done', names(done), 'pending', names(pending))
    print('types:', type(done).__name__, type(pending).__name__)
    done, pending = await asyncio.wait(pending)
    print('ALL_COMPLETED done', names(done), 'pending', names(pending))
    print('results', sorted(t.result() for t in ts))

    ts = [mk('x', 1), mk('y', 3, fail=True), mk('z', 30)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print('FIRST_EXCEPTION done', names(done), 'pending', names(pending))
    print('y exception:', repr(ts[1].exception()))
    print('z not cancelled:', not ts[2].cancelled())
    await ts[2]

    ts = [mk('p', 1), mk('q', 5)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print('FIRST_EXCEPTION without errors waits for all:', names(done), names(pending))

    # already-done tasks: returns immediately
    t = mk('done-already', 0)
    await t
    done, pending = await asyncio.wait([t, mk('later', 5)], return_when=asyncio.FIRST_COMPLETED)
    print('pre-done FIRST_COMPLETED:', names(done), names(pending))
    await asyncio.wait(pending)

    # futures are accepted too
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.01, f.set_result, 'fut')
    done, pending = await asyncio.wait({f})
    print('future waited:', [x.result() for x in done], len(pending))

    print('constants:', asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    for bad_call in (lambda: asyncio.wait([]),
                     lambda: asyncio.wait([f], return_when='bogus')):
        try:
            await bad_call()
        except ValueError as e:
            print('ValueError', e)
    c = job('coro', 0)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print('TypeError', e)
    c.close()
    try:
        await asyncio.wait(f)
    except TypeError as e:
        print('TypeError', e)

asyncio.run(main())
