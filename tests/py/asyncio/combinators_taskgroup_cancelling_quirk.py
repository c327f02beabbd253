# CPython 3.11 quirk (fixed in 3.12): when a TaskGroup child fails while the body
# has already finished (the parent task is waiting inside __aexit__), the
# TaskGroup cancels the parent task but never calls uncancel(), so the parent's
# cancelling() count stays at 1 after the ExceptionGroup is handled.
# When the body is still running at failure time, the count returns to 0.
import asyncio

async def child(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append('sibling cancelled')
        raise

async def failing(steps):
    for _ in range(steps):
        await asyncio.sleep(0)
    raise RuntimeError('late failure')

async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(log))
            tg.create_task(failing(3))
            await asyncio.sleep(10)     # body still running when the child fails
    except* RuntimeError as eg:
        print('failure during body:', [str(e) for e in eg.exceptions], log)
    print('cancelling() afterwards:', asyncio.current_task().cancelling())

    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(log))
            tg.create_task(failing(3))
            # body ends immediately; failure happens inside __aexit__
    except* RuntimeError as eg:
        print('failure during __aexit__:', [str(e) for e in eg.exceptions], log)
    print('cancelling() afterwards:', asyncio.current_task().cancelling())

asyncio.run(main())
