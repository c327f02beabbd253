# Cancellation propagating through wait_for (inner cancelled, CancelledError not
# TimeoutError), shield (inner survives), wait (children NOT cancelled),
# as_completed iteration, gather, asyncio.timeout and TaskGroup. Inner work that
# should survive is gated by an Event released after the cancellation.
import asyncio

gate = None

async def inner(name, log, gated=False):
    try:
        if gated:
            await gate.wait()
        else:
            await asyncio.sleep(10)
        log.append(name + ' completed')
        return name
    except asyncio.CancelledError:
        log.append(name + ' cancelled')
        raise

async def run_and_cancel(coro_fn, label):
    global gate
    gate = asyncio.Event()
    log = []
    async def outer():
        try:
            return await coro_fn(log)
        except asyncio.CancelledError:
            log.append('outer CancelledError')
            raise
        except TimeoutError:
            log.append('outer TimeoutError')
            raise
    t = asyncio.create_task(outer())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    res = await asyncio.gather(t, return_exceptions=True)
    gate.set()
    for _ in range(3):
        await asyncio.sleep(0)
    print(label, '->', type(res[0]).__name__, log)

async def main():
    await run_and_cancel(lambda log: asyncio.wait_for(inner('wf', log), 1), 'wait_for')
    await run_and_cancel(lambda log: asyncio.shield(inner('sh', log, True)), 'shield')
    kept = []
    async def via_wait(log):
        t = asyncio.create_task(inner('w', log, True))
        kept.append(t)
        await asyncio.wait([t])
    await run_and_cancel(via_wait, 'wait')
    print('wait child result:', kept[0].result())
    async def via_as_completed(log):
        for aw in asyncio.as_completed([inner('ac', log, True)]):
            return await aw
    await run_and_cancel(via_as_completed, 'as_completed')
    async def via_gather(log):
        return await asyncio.gather(inner('g1', log), inner('g2', log))
    await run_and_cancel(via_gather, 'gather')
    async def via_timeout(log):
        async with asyncio.timeout(1):
            return await inner('to', log)
    await run_and_cancel(via_timeout, 'timeout cm')
    async def via_taskgroup(log):
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner('tg', log))
    await run_and_cancel(via_taskgroup, 'TaskGroup')

asyncio.run(main())
