# CancelledError is thrown at the innermost await point of the awaited chain:
# code before the await ran, code after does not; every frame in the chain sees
# it; re-raising keeps the message; cancelling a finished task returns False.
import asyncio

log = []

async def level3():
    log.append('level3 before await')
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        log.append(('level3 caught', e.args))
        raise
    log.append('level3 after await (not reached)')

async def level2():
    try:
        await level3()
    except asyncio.CancelledError as e:
        log.append(('level2 caught', e.args))
        raise

async def level1():
    try:
        await level2()
    except asyncio.CancelledError as e:
        log.append(('level1 caught', e.args))
        raise

async def main():
    t = asyncio.create_task(level1())
    await asyncio.sleep(0)
    print('cancel ->', t.cancel('deep'))
    try:
        await t
    except asyncio.CancelledError as e:
        print('outer sees', e.args)
    for entry in log:
        print(' ', entry)
    print('cancel finished task ->', t.cancel())

    done = asyncio.create_task(asyncio.sleep(0, 'r'))
    await done
    print('cancel successfully finished task ->', done.cancel(), done.cancelled(), done.result())

    # re-raising a new CancelledError with another message
    async def rewrap():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            raise asyncio.CancelledError('rewrapped')
    r = asyncio.create_task(rewrap())
    await asyncio.sleep(0)
    r.cancel('original')
    try:
        await r
    except asyncio.CancelledError as e:
        print('rewrapped task: cancelled()', r.cancelled(), 'args seen by awaiter', e.args)

    # a task raising CancelledError by itself (without cancel()) ends cancelled
    async def self_cancel():
        await asyncio.sleep(0)
        raise asyncio.CancelledError('self raised')
    s = asyncio.create_task(self_cancel())
    try:
        await s
    except asyncio.CancelledError as e:
        print('self raised: cancelled()', s.cancelled(), e.args)

asyncio.run(main())
