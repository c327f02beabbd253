# CancelledError delivered at the await point: finally blocks and async context
# managers' __aexit__ run, awaits inside finally work, catching and continuing.
import asyncio

class ACM:
    async def __aenter__(self):
        print('aenter')
        return self
    async def __aexit__(self, et, e, tb):
        print('aexit with', et.__name__ if et else None)
        await asyncio.sleep(0)
        print('aexit after await')
        return False

async def victim():
    try:
        async with ACM():
            print('body: before await')
            await asyncio.sleep(10)
            print('body: not reached')
    finally:
        print('finally: start')
        await asyncio.sleep(0)
        print('finally: awaited fine')

async def continues():
    for i in range(3):
        try:
            print('continues: iteration', i)
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print('continues: caught CancelledError at iteration', i)
    return 'loop complete'

async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('victim cancelled?', t.cancelled())

    c = asyncio.create_task(continues())
    for _ in range(3):
        await asyncio.sleep(0)
        c.cancel()
    print('continues ->', await c, 'cancelled?', c.cancelled())

    # code after the await in the same try never runs; except-else-finally order
    async def order():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print('except')
            raise
        else:
            print('else (not reached)')
        finally:
            print('finally')
    o = asyncio.create_task(order())
    await asyncio.sleep(0)
    o.cancel()
    await asyncio.gather(o, return_exceptions=True)
    print('order task cancelled?', o.cancelled())

asyncio.run(main())
