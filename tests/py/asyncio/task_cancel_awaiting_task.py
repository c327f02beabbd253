# Cancelling a task that awaits another task cancels the inner task too
# (cancellation is forwarded to the awaited future); cancelling the inner one
# makes the outer see CancelledError; the message travels along.
import asyncio

async def inner(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        log.append(('inner cancelled', e.args))
        raise

async def outer(log, t):
    try:
        await t
    except asyncio.CancelledError as e:
        log.append(('outer cancelled', e.args))
        raise

async def main():
    log = []
    it = asyncio.create_task(inner(log))
    ot = asyncio.create_task(outer(log, it))
    await asyncio.sleep(0)
    print('cancel outer ->', ot.cancel('outer msg'))
    print('inner cancelling() right after:', it.cancelling())
    await asyncio.gather(ot, it, return_exceptions=True)
    print(log)
    print('inner cancelled?', it.cancelled(), 'outer cancelled?', ot.cancelled())

    print('--- cancel inner, outer observes')
    log = []
    it = asyncio.create_task(inner(log))
    ot = asyncio.create_task(outer(log, it))
    await asyncio.sleep(0)
    it.cancel('inner msg')
    await asyncio.gather(ot, it, return_exceptions=True)
    print(log)
    print('inner cancelled?', it.cancelled(), 'outer cancelled?', ot.cancelled())

    print('--- awaiting a plain future: cancelling the task cancels the future')
    fut = asyncio.get_running_loop().create_future()
    async def waits():
        await fut
    w = asyncio.create_task(waits())
    await asyncio.sleep(0)
    w.cancel()
    await asyncio.sleep(0)
    print('future cancelled?', fut.cancelled(), 'task cancelled?', w.cancelled())

    print('--- outer catches and returns normally')
    async def outer_recovers(t):
        try:
            await t
        except asyncio.CancelledError:
            return 'recovered'
    it = asyncio.create_task(inner([]))
    ot = asyncio.create_task(outer_recovers(it))
    await asyncio.sleep(0)
    ot.cancel()
    print('outer result:', await ot, 'inner cancelled?', it.cancelled())

asyncio.run(main())
