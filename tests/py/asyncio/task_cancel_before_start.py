# Cancelling a task before its first step: the coroutine body never runs,
# the task ends cancelled, and the message is preserved.
import asyncio

async def body(name):
    print('body of', name, 'runs')
    return name

async def main():
    t = asyncio.create_task(body('never'))
    print('cancel before start ->', t.cancel())
    print('done?', t.done(), 'cancelled?', t.cancelled())
    await asyncio.sleep(0)
    print('after a pass: done?', t.done(), 'cancelled?', t.cancelled())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print('result() -> CancelledError', e.args)

    t2 = asyncio.create_task(body('never2'))
    t2.cancel(msg='early msg')
    try:
        await t2
    except asyncio.CancelledError as e:
        print('await -> CancelledError', e.args)

    # the coroutine object is closed without running its body
    coro = body('closed')
    t3 = asyncio.create_task(coro)
    t3.cancel()
    await asyncio.sleep(0)
    print('coroutine closed:', coro.cr_frame is None)

    # try/except in the body does not see the early cancel (body never entered)
    async def guarded():
        try:
            print('guarded body')
            await asyncio.sleep(0)
        except asyncio.CancelledError:
            print('guarded caught')
    t4 = asyncio.create_task(guarded())
    t4.cancel()
    await asyncio.sleep(0)
    print('t4 cancelled?', t4.cancelled())

    # other tasks proceed normally
    ok = asyncio.create_task(body('runs'))
    print('ok ->', await ok)

asyncio.run(main())
