# Task repr in pending / cancelling / cancelled / finished(result|exception)
# states; source locations and callback details are stripped.
import asyncio

def clean(t):
    r = repr(t)
    head, _, rest = r.partition(' coro=<')
    idx = rest.index('() ') + 2
    name, after = rest[:idx], rest[idx:]
    status = ' running' if after.startswith(' running') else ' done'
    tail = after[after.index('>') + 1:]
    coro = name + status
    extra = ''
    for key in (' result=', ' exception='):
        if key in tail:
            extra = key + tail.split(key)[1][:-1]
    if ' wait_for=' in tail:
        extra += ' wait_for=...'
    return f'{head} coro=<{coro}>{extra}>'

async def job(x):
    await asyncio.sleep(0)
    if x == 'err':
        raise ValueError('bad')
    return x

async def main():
    t = asyncio.create_task(job(1))
    print(clean(t))
    await asyncio.sleep(0)
    print(clean(t))
    await t
    print(clean(t))
    t2 = asyncio.create_task(job('err'), name='failing')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(clean(t2))
    t2.exception()
    t3 = asyncio.create_task(job(1))
    t3.cancel()
    print(clean(t3))
    await asyncio.sleep(0)
    print(clean(t3))
    print(clean(asyncio.current_task()))
    fut = asyncio.get_running_loop().create_future()
    async def waits():
        await fut
    t4 = asyncio.create_task(waits())
    await asyncio.sleep(0)
    print(clean(t4))
    fut.set_result(None)
    await t4
    print(clean(t4))
    print('str == repr:', str(t4) == repr(t4))

asyncio.run(main())
