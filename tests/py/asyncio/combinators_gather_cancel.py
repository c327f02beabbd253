# Cancelling the gather future cancels all unfinished children; cancel() return
# value; awaiting the cancelled gather raises CancelledError; children already
# done keep their results; gather with return_exceptions still raises if the
# gather itself was cancelled.
import asyncio

async def child(name, d):
    try:
        await asyncio.sleep(d)
        print('  child', name, 'completed')
        return name
    except asyncio.CancelledError as e:
        print('  child', name, 'cancelled', e.args)
        raise

async def main():
    tasks = [asyncio.create_task(child('c%d' % i, d)) for i, d in enumerate((0, 10, 10))]
    g = asyncio.gather(*tasks)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('cancel gather ->', g.cancel('gather msg'))
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather CancelledError args', e.args)
    print('states:', [(t.done(), t.cancelled()) for t in tasks])
    print('gather cancel again ->', g.cancel())

    print('--- return_exceptions=True, gather cancelled')
    tasks = [asyncio.create_task(child('r%d' % i, 10)) for i in range(2)]
    g = asyncio.gather(*tasks, return_exceptions=True)
    await asyncio.sleep(0)
    g.cancel()
    try:
        r = await g
        print('returned', r)
    except asyncio.CancelledError:
        print('gather with return_exceptions raised CancelledError')

    print('--- the task awaiting gather is cancelled')
    async def parent():
        try:
            await asyncio.gather(child('p0', 10), child('p1', 10))
        except asyncio.CancelledError:
            print('  parent sees CancelledError')
            raise
    p = asyncio.create_task(parent())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    p.cancel()
    await asyncio.gather(p, return_exceptions=True)
    print('parent cancelled?', p.cancelled())

    print('--- cancel gather after all children done')
    g = asyncio.gather(child('d0', 0))
    await g
    print('cancel done gather ->', g.cancel(), g.result())

asyncio.run(main())
