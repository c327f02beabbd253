# shield: cancelling the outer await does not cancel the inner task, which keeps
# running; cancelling the inner cancels the outer; shield of a done future;
# shield of a coroutine creates a task. (Inner work is gated by Events, so the
# output does not depend on timing.)
import asyncio

async def important(log, gate):
    log.append('important started')
    await gate.wait()
    log.append('important finished')
    return 'important result'

async def main():
    log = []
    gate = asyncio.Event()
    inner = asyncio.create_task(important(log, gate))
    async def caller():
        try:
            return await asyncio.shield(inner)
        except asyncio.CancelledError:
            log.append('caller cancelled')
            raise
    c = asyncio.create_task(caller())
    await asyncio.sleep(0)
    c.cancel()
    await asyncio.gather(c, return_exceptions=True)
    print('caller cancelled?', c.cancelled(), 'inner done?', inner.done())
    gate.set()
    print('inner result:', await inner)
    print(log)

    # the shield future itself
    gate2 = asyncio.Event()
    inner2 = asyncio.create_task(important([], gate2))
    outer = asyncio.shield(inner2)
    print('shield returns a future:', asyncio.isfuture(outer), outer is not inner2)
    outer.cancel()
    await asyncio.sleep(0)
    print('outer cancelled?', outer.cancelled(), 'inner2 done?', inner2.done())
    gate2.set()
    print('inner2 result:', await inner2)

    # cancelling inner propagates to outer
    inner3 = asyncio.create_task(important([], asyncio.Event()))
    outer3 = asyncio.shield(inner3)
    await asyncio.sleep(0)
    inner3.cancel()
    try:
        await outer3
    except asyncio.CancelledError:
        print('outer3 cancelled?', outer3.cancelled())

    # inner exception propagates through shield
    async def bad():
        await asyncio.sleep(0)
        raise ValueError('shielded failure')
    try:
        await asyncio.shield(bad())
    except ValueError as e:
        print('exception through shield:', e)

    # shield of an already-done future returns it directly
    f = asyncio.get_running_loop().create_future()
    f.set_result(5)
    print('done future returned as is:', asyncio.shield(f) is f)

    # shielded coroutine keeps running after the awaiting task is cancelled
    log = []
    gate4 = asyncio.Event()
    async def caller2():
        await asyncio.shield(important(log, gate4))
    c2 = asyncio.create_task(caller2())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    c2.cancel()
    await asyncio.gather(c2, return_exceptions=True)
    gate4.set()
    for _ in range(3):
        await asyncio.sleep(0)
    print('caller2 cancelled?', c2.cancelled(), log)

asyncio.run(main())
