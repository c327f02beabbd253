# Step ordering between several tasks: tasks start in creation order on the next
# loop pass, each sleep(0) yields exactly one pass, round-robin interleaving,
# a task created inside a task starts after the currently-ready ones.
import asyncio

log = []

async def worker(name, steps):
    for i in range(steps):
        log.append(f'{name}{i}')
        await asyncio.sleep(0)
    log.append(f'{name}-end')

async def spawner():
    log.append('S0')
    asyncio.create_task(worker('child', 2))
    await asyncio.sleep(0)
    log.append('S1')
    await asyncio.sleep(0)
    log.append('S-end')

async def main():
    ts = [asyncio.create_task(worker('A', 3)),
          asyncio.create_task(worker('B', 1)),
          asyncio.create_task(spawner()),
          asyncio.create_task(worker('C', 2))]
    log.append('main-created')
    await asyncio.sleep(0)
    log.append('main-1')
    await asyncio.gather(*ts)
    log.append('main-end')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(' '.join(log))

asyncio.run(main())

print('--- call_soon callbacks interleaved with task steps')
out = []
async def t(name):
    out.append(name + '-start')
    loop = asyncio.get_running_loop()
    loop.call_soon(out.append, name + '-cb')
    await asyncio.sleep(0)
    out.append(name + '-resumed')

async def main2():
    a = asyncio.create_task(t('a'))
    b = asyncio.create_task(t('b'))
    await a
    await b
    print(' '.join(out))
asyncio.run(main2())
