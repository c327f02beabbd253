# Task.cancel / cancelling / uncancel counters: repeated cancel() calls before
# delivery, cancel() return values, counters after delivery and after uncancel.
import asyncio

async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        me = asyncio.current_task()
        print('  inside: cancelling() =', me.cancelling())
        raise

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print('cancelling() initially', t.cancelling())
    print('cancel ->', t.cancel())
    print('cancelling()', t.cancelling())
    print('cancel again ->', t.cancel())
    print('cancelling()', t.cancelling())
    print('uncancel ->', t.uncancel())
    print('cancelling()', t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print('awaited: cancelled', t.cancelled())
    print('after done: cancelling()', t.cancelling(), 'cancel ->', t.cancel())
    print('uncancel on done task ->', t.uncancel(), t.uncancel())

    # uncancel never goes below zero
    async def quick():
        await asyncio.sleep(0)
    q = asyncio.create_task(quick())
    print('uncancel fresh task ->', q.uncancel(), q.uncancel())
    await q

    # a task that swallows the cancellation keeps its cancelling() count
    async def swallow():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print('  swallowed; cancelling() =', asyncio.current_task().cancelling())
        await asyncio.sleep(0)
        print('  still running; cancelling() =', asyncio.current_task().cancelling())
        asyncio.current_task().uncancel()
        print('  after uncancel() =', asyncio.current_task().cancelling())
        return 'finished normally'
    s = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    s.cancel()
    print('swallow result:', await s, 'cancelled?', s.cancelled())

    # cancel while task is in the ready queue but already cancelled once
    s2 = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    print('cancel x3:', s2.cancel(), s2.cancel(), s2.cancel(), 'count', s2.cancelling())
    print('result:', await s2)

asyncio.run(main())
