# asyncio.sleep: sleep(0) yields exactly one loop pass, sleep(d, result) returns
# result, negative delays behave like 0, ordering of sleepers by delay.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    out = []
    loop.call_soon(out.append, 'cb1')
    r = await asyncio.sleep(0)
    out.append('after sleep(0) #1')
    loop.call_soon(out.append, 'cb2')
    loop.call_soon(lambda: loop.call_soon(out.append, 'cb3-nested'))
    await asyncio.sleep(0)
    out.append('after sleep(0) #2')
    await asyncio.sleep(0)
    out.append('after sleep(0) #3')
    print(out, 'sleep(0) returned', r)

    print('sleep(0, result):', await asyncio.sleep(0, 'zero'))
    print('sleep(0.01, result):', await asyncio.sleep(0.01, result=[1, 2]))
    print('sleep(-1, result):', await asyncio.sleep(-1, 'negative'))

    order = []
    async def sleeper(d, name):
        await asyncio.sleep(d)
        order.append(name)
    await asyncio.gather(sleeper(0.05, 'slow'), sleeper(0.01, 'fast'),
                         sleeper(0.03, 'mid'), sleeper(0, 'zero'))
    print('wake order:', order)

    t0 = loop.time()
    await asyncio.sleep(0.02)
    print('slept at least 0.02:', loop.time() - t0 >= 0.015)

    # cancelling a sleeping task
    t = asyncio.create_task(asyncio.sleep(10, 'never'))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('sleep task cancelled:', t.cancelled())

    # sleep(0) with a result does not need the loop to be idle
    counter = 0
    async def spin():
        nonlocal counter
        for _ in range(100):
            counter += 1
            await asyncio.sleep(0)
    s = asyncio.create_task(spin())
    for _ in range(10):
        await asyncio.sleep(0)
    print('spin counter after 10 yields:', counter)
    await s
    print('spin counter at end:', counter)

asyncio.run(main())
