# uncancel() for structured concurrency: asyncio.timeout converts only its own
# cancellation; an external cancel() arriving while a timeout also fired stays
# a CancelledError; cancelling() reflects pending requests.
import asyncio

async def main():
    me = asyncio.current_task()
    print('start cancelling()', me.cancelling())

    # own timeout: converted, count back to 0
    try:
        async with asyncio.timeout(0):
            await asyncio.sleep(1)
    except TimeoutError:
        print('own timeout -> TimeoutError, cancelling()', me.cancelling())

    # external cancel + timeout both pending: CancelledError wins
    async def victim(log):
        try:
            async with asyncio.timeout(0.01):
                try:
                    await asyncio.sleep(1)
                except asyncio.CancelledError:
                    log.append('body cancelled, cancelling()=%d' % asyncio.current_task().cancelling())
                    # wait until the timeout has fired too
                    await asyncio.sleep(0.03)
                    raise
        except TimeoutError:
            log.append('TimeoutError')
            return 'timeout'
        except asyncio.CancelledError:
            log.append('CancelledError escaped, cancelling()=%d' % asyncio.current_task().cancelling())
            raise
    log = []
    t = asyncio.create_task(victim(log))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(log, 'cancelled()', t.cancelled())

    # manual structured pattern: cancel self, catch, uncancel, continue
    async def self_managed():
        task = asyncio.current_task()
        task.cancel()
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError:
            print('  caught own cancel; uncancel ->', task.uncancel())
        await asyncio.sleep(0)
        return 'continued'
    print(await asyncio.create_task(self_managed()))

asyncio.run(main())
