# TaskGroup and outside cancellation: cancelling the task running the group
# cancels all children and propagates CancelledError (not an ExceptionGroup);
# TaskGroup inside asyncio.timeout; cancelling() is back to 0 afterwards.
# (Children are cancelled in the group's set order, so those logs are sorted.)
import asyncio

async def child(name, log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(name + ' cancelled')
        raise

async def runner(log):
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child('c1', log))
            tg.create_task(child('c2', log))
            await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append('runner got CancelledError')
        raise

async def main():
    log = []
    t = asyncio.create_task(runner(log))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('runner cancelled:', t.cancelled())
    # the two children are cancelled in TaskGroup's internal set order: sort
    print(sorted(log[:2]), log[2:])

    log = []
    try:
        async with asyncio.timeout(0.01):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(child('t1', log))
                tg.create_task(child('t2', log))
    except TimeoutError:
        print('timeout around TaskGroup -> TimeoutError', sorted(log))
    print('cancelling() afterwards:', asyncio.current_task().cancelling())


asyncio.run(main())
