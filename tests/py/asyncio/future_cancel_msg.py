# Future.cancel(msg): the message reaches the CancelledError raised by result(),
# exception() and await; cancel() return values; done callbacks on cancel.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print('cancel(msg) ->', f.cancel(msg='stop now'))
    print('second cancel ->', f.cancel(msg='other'))
    for name in ('result', 'exception'):
        try:
            getattr(f, name)()
        except asyncio.CancelledError as e:
            print(name, 'CancelledError args', e.args)
    try:
        await f
    except asyncio.CancelledError as e:
        print('await CancelledError args', e.args)

    g = loop.create_future()
    g.cancel()
    try:
        g.result()
    except asyncio.CancelledError as e:
        print('no msg: args', e.args, 'str', repr(str(e)))

    h = loop.create_future()
    h.cancel('positional msg')
    try:
        await h
    except asyncio.CancelledError as e:
        print('positional:', e.args)

    # a task awaiting a cancelled-with-message future
    k = loop.create_future()
    async def waiter():
        try:
            await k
        except asyncio.CancelledError as e:
            print('waiter saw', e.args)
            raise
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    k.cancel('from outside')
    try:
        await t
    except asyncio.CancelledError as e:
        print('task outcome args', e.args, 'task cancelled()', t.cancelled())

asyncio.run(main())
