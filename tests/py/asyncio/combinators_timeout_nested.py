# Nested asyncio.timeout blocks: the inner expiring first is converted to
# TimeoutError and can be caught inside the outer; the outer expiring first
# surfaces only at the outer block; the task stays usable afterwards.
import asyncio

async def main():
    # inner shorter
    async with asyncio.timeout(1) as outer:
        try:
            async with asyncio.timeout(0.01) as inner:
                await asyncio.sleep(10)
        except TimeoutError:
            print('inner timed out; inner.expired', inner.expired(), 'outer.expired', outer.expired())
        await asyncio.sleep(0)
        print('still inside outer')
    print('outer ok, expired', outer.expired())

    # outer shorter: inner block sees CancelledError, not TimeoutError
    log = []
    try:
        async with asyncio.timeout(0.01) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(10)
            except TimeoutError:
                log.append('inner TimeoutError (wrong)')
            except asyncio.CancelledError:
                log.append('inner saw CancelledError')
                raise
    except TimeoutError:
        log.append('outer TimeoutError')
    print(log, 'inner.expired', inner.expired(), 'outer.expired', outer.expired())

    # after a timeout the task is not left in a cancelling state
    print('cancelling() after timeouts:', asyncio.current_task().cancelling())
    await asyncio.sleep(0)
    print('task still runs normally')

    # timeout interacting with an explicit external cancel: the external cancel wins
    async def worker():
        try:
            async with asyncio.timeout(0.05):
                await asyncio.sleep(10)
        except TimeoutError:
            return 'timeout'
        return 'no'
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('external cancel propagated, cancelled()', t.cancelled())

    # sequential timeouts in a loop
    results = []
    for d in (0.0, 0.05, 0.0):
        try:
            async with asyncio.timeout(0.02):
                await asyncio.sleep(d)
            results.append('ok')
        except TimeoutError:
            results.append('timeout')
    print(results)

asyncio.run(main())
