# asyncio (optional for Krait): run, gather, sleep(0) ordering, create_task, wait_for with no timeouts hit.
import asyncio
async def worker(name, steps, log):
    for i in range(steps):
        log.append(f'{name}{i}')
        await asyncio.sleep(0)
    return name * steps
async def main():
    log = []
    results = await asyncio.gather(worker('a', 3, log), worker('b', 2, log), worker('c', 1, log))
    print(results, log)
    t = asyncio.create_task(worker('t', 2, log))
    print(await t, t.done(), t.result())
    q = asyncio.Queue()
    async def prod():
        for i in range(3):
            await q.put(i)
        await q.put(None)
    async def cons():
        got = []
        while (v := await q.get()) is not None:
            got.append(v)
        return got
    _, got = await asyncio.gather(prod(), cons())
    print(got)
    try:
        await asyncio.gather(worker('x', 1, log), asyncio.sleep(0, result='ok'), return_exceptions=False)
    except Exception as e:
        print('unexpected', e)
    r = await asyncio.gather(asyncio.sleep(0, result=1), return_exceptions=True)
    print(r)
    async def boom():
        raise ValueError('boom')
    print(await asyncio.gather(boom(), asyncio.sleep(0, result=2), return_exceptions=True))
    return 'main result'
print(asyncio.run(main()))
