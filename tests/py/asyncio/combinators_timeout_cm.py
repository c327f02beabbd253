# asyncio.timeout / timeout_at: expiry raises TimeoutError outside the block (the
# CancelledError inside), expired(), when(), reschedule(), timeout(None),
# already-expired deadlines, no timeout when the body finishes in time.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.01) as cm:
            print('type:', type(cm).__name__, 'when set:', cm.when() is not None)
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print('inside: CancelledError')
                raise
    except TimeoutError as e:
        print('TimeoutError outside, expired():', cm.expired(), 'cause', type(e.__cause__).__name__)

    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print('in time: expired()', cm.expired())

    async with asyncio.timeout(None) as cm:
        print('timeout(None).when():', cm.when())
        await asyncio.sleep(0.01)
    print('None never expires:', cm.expired())

    # reschedule from None to a short deadline
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.01)
            print('rescheduled when in future:', cm.when() > loop.time())
            await asyncio.sleep(10)
    except TimeoutError:
        print('rescheduled timeout fired')

    # postpone an imminent deadline
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(loop.time() + 1)
        await asyncio.sleep(0.03)
    print('postponed: expired()', cm.expired())

    # disable with reschedule(None)
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.03)
    print('disabled: when', cm.when(), 'expired', cm.expired())

    # timeout_at with an absolute deadline
    try:
        async with asyncio.timeout_at(loop.time() + 0.01) as cm:
            await asyncio.sleep(10)
    except TimeoutError:
        print('timeout_at fired, expired()', cm.expired())

    # deadline already in the past: raises at the first await
    steps = []
    try:
        async with asyncio.timeout(-1):
            steps.append('body entered')
            await asyncio.sleep(0)
            steps.append('not reached')
    except TimeoutError:
        print('past deadline:', steps)

    # timeout that expires but body swallows CancelledError: no TimeoutError
    async with asyncio.timeout(0.01) as cm:
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print('swallowed inside the block')
    print('after swallowing: expired()', cm.expired())

    # a body exception that is not related to the timeout passes through
    try:
        async with asyncio.timeout(1):
            raise KeyError('body')
    except KeyError as e:
        print('body exception passes:', e)

    # errors
    t = asyncio.timeout(1)
    try:
        t.reschedule(5)
    except RuntimeError as e:
        print('reschedule before enter:', e)
    async with t:
        pass
    try:
        async with t:
            pass
    except RuntimeError as e:
        print('re-enter:', e)

asyncio.run(main())
