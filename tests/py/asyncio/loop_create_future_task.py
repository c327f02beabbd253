# loop.create_future / loop.create_task / asyncio.create_task with name=, the
# loop of created objects, and create_task requiring a coroutine.
import asyncio

async def job(x):
    await asyncio.sleep(0)
    return x * 2

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print('future type:', type(f).__name__, 'loop ok:', f.get_loop() is loop, 'done:', f.done())
    t1 = loop.create_task(job(1), name='loop-named')
    t2 = asyncio.create_task(job(2), name='api-named')
    t3 = asyncio.create_task(job(3), name=12345)
    print(t1.get_name(), t2.get_name(), repr(t3.get_name()))
    print('task loop ok:', t1.get_loop() is loop)
    print(await t1, await t2, await t3)
    try:
        asyncio.create_task(job)
    except TypeError as e:
        print('TypeError', str(e).split(' at 0x')[0])
    try:
        loop.create_task(f)
    except TypeError as e:
        print('TypeError', str(e).split(' at ')[0])
    async def setter():
        f.set_result('set by task')
    loop.create_task(setter())
    print('awaited future:', await f)

asyncio.run(main())
