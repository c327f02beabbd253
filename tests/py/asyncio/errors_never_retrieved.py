# "exception was never retrieved": reported through the loop's exception handler
# when a finished Future/Task with an unretrieved exception is destroyed; not
# reported once result()/exception() was called or when cancelled.
import asyncio
import gc

def handler(loop, ctx):
    fut = ctx.get('future')
    kind = type(fut).__name__ if fut is not None else None
    exc = ctx.get('exception')
    print('handler:', ctx['message'], '| keys', sorted(ctx), '| future type', kind,
          '| exception', type(exc).__name__, exc)

async def failing(msg):
    raise ValueError(msg)

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)

    f = loop.create_future()
    f.set_exception(KeyError('future-level'))
    del f
    gc.collect()
    print('after dropping future')

    t = asyncio.create_task(failing('task-level'))
    await asyncio.sleep(0)
    del t
    gc.collect()
    print('after dropping task')

    t = asyncio.create_task(failing('retrieved via exception()'))
    await asyncio.sleep(0)
    t.exception()
    del t
    gc.collect()
    print('retrieved via exception(): nothing reported')

    t = asyncio.create_task(failing('retrieved via await'))
    try:
        await t
    except ValueError:
        pass
    del t
    gc.collect()
    print('retrieved via await: nothing reported')

    t = asyncio.create_task(failing('retrieved via result()'))
    await asyncio.sleep(0)
    try:
        t.result()
    except ValueError:
        pass
    del t
    gc.collect()
    print('retrieved via result(): nothing reported')

    g = asyncio.gather(failing('in gather'), return_exceptions=True)
    await g
    del g
    gc.collect()
    print('return_exceptions gather: nothing reported')

    c = loop.create_future()
    c.cancel()
    del c
    gc.collect()
    print('cancelled future: nothing reported')

    ok = loop.create_future()
    ok.set_result(1)
    del ok
    gc.collect()
    print('successful future: nothing reported')

asyncio.run(main())
