# A task that swallows CancelledError completes normally (not cancelled) and can
# return a value; repeated cancel() calls are each delivered; delivery point
# for a task suspended in sleep(0); a surviving child under a cancelled gather.
import asyncio

async def swallower(log):
    for i in range(3):
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            log.append('swallowed %d' % i)
    return 'survived'

async def main():
    log = []
    t = asyncio.create_task(swallower(log))
    for _ in range(3):
        await asyncio.sleep(0)
        print('cancel ->', t.cancel())
    print('result:', await t, 'cancelled()', t.cancelled(), log)

    # swallowing inside one awaited coroutine; the outer continues
    async def inner():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return 'inner swallowed'
    async def outer():
        r = await inner()
        await asyncio.sleep(0)
        return 'outer got ' + r
    o = asyncio.create_task(outer())
    await asyncio.sleep(0)
    o.cancel()
    print(await o, '| cancelled()', o.cancelled())

    # cancel() while the task is ready (suspended in sleep(0), not waiting on a
    # future): delivered by throwing into that same sleep(0) on its next step
    steps = []
    async def busy():
        steps.append('step1')
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError:
            steps.append('cancel delivered at the sleep(0) after step1')
            raise
        steps.append('step2 (not reached)')
    b = asyncio.create_task(busy())
    await asyncio.sleep(0)      # busy ran step1 and is scheduled again
    b.cancel()
    await asyncio.gather(b, return_exceptions=True)
    print(steps, b.cancelled())

    # swallowing task under gather: the child survives, yet gather.cancel()
    # makes the gather raise CancelledError
    async def swallow_once():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            pass
        return 'child value'
    child = asyncio.ensure_future(swallow_once())
    g = asyncio.gather(child)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('gather.cancel ->', g.cancel())
    try:
        print('gather result:', await g)
    except asyncio.CancelledError:
        print('gather raised CancelledError even though child survived:', child.result())

asyncio.run(main())
