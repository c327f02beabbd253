# wait_for: success, timeout -> TimeoutError (builtin) with inner task cancelled,
# timeout=None waits forever, timeout<=0 on done/undone awaitables, inner
# exception propagates, a future passed directly is cancelled on timeout.
import asyncio

async def slow(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append('inner cancelled')
        raise
    finally:
        log.append('inner finally')

async def quick(v):
    await asyncio.sleep(0)
    return v

async def main():
    print('success:', await asyncio.wait_for(quick('ok'), timeout=1))
    print('timeout=None:', await asyncio.wait_for(quick('none'), None))

    log = []
    try:
        await asyncio.wait_for(slow(log), timeout=0.01)
    except TimeoutError as e:
        print('TimeoutError raised; is asyncio.TimeoutError:', type(e) is asyncio.TimeoutError, 'args', e.args)
    print(log)

    log = []
    t = asyncio.create_task(slow(log))
    try:
        await asyncio.wait_for(t, 0.01)
    except asyncio.TimeoutError:
        print('task cancelled after timeout:', t.cancelled())
    print(log)

    # timeout <= 0: a finished future gives its result, otherwise TimeoutError
    fut = asyncio.get_running_loop().create_future()
    fut.set_result('done-future')
    print('timeout=0 on done future:', await asyncio.wait_for(fut, 0))
    log = []
    c = slow(log)
    try:
        await asyncio.wait_for(c, 0)
    except TimeoutError:
        print('timeout=0 on coroutine -> TimeoutError', log)
    log = []
    try:
        await asyncio.wait_for(slow(log), -5)
    except TimeoutError:
        print('negative timeout -> TimeoutError', log)

    async def raiser():
        await asyncio.sleep(0)
        raise IndexError('inner error')
    try:
        await asyncio.wait_for(raiser(), 1)
    except IndexError as e:
        print('inner exception propagates:', e)

    f2 = asyncio.get_running_loop().create_future()
    try:
        await asyncio.wait_for(f2, 0.01)
    except TimeoutError:
        print('future cancelled on timeout:', f2.cancelled())

    # inner that swallows cancellation and returns: wait_for returns its value
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return 'swallowed'
    try:
        r = await asyncio.wait_for(stubborn(), 0.01)
        print('stubborn result:', r)
    except TimeoutError:
        print('stubborn -> TimeoutError')

asyncio.run(main())
