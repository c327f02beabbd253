# Tasks awaiting tasks: result delivery, exception propagation (same object),
# awaiting a finished task, chains of tasks, a task awaiting itself.
import asyncio

async def leaf(v):
    await asyncio.sleep(0)
    if isinstance(v, BaseException):
        raise v
    return v

async def middle(v):
    t = asyncio.create_task(leaf(v))
    return ('middle', await t)

async def main():
    print(await asyncio.create_task(middle(5)))
    err = KeyError('deep')
    try:
        await asyncio.create_task(middle(err))
    except KeyError as e:
        print('propagated same object:', e is err, e)

    t = asyncio.create_task(leaf('x'))
    await t
    print('await finished task again:', await t, await t)

    bad = asyncio.create_task(leaf(ValueError('v')))
    for _ in range(2):
        try:
            await bad
        except ValueError as e:
            print('re-await failing task raises again:', e)

    async def self_await():
        await asyncio.sleep(0)
        return await me
    me = asyncio.create_task(self_await())
    try:
        await me
    except RuntimeError as e:
        print('RuntimeError', str(e).split(':')[0])

    # a chain of 5 tasks each awaiting the next
    async def chain(n):
        if n == 0:
            return 0
        return 1 + await asyncio.create_task(chain(n - 1))
    print('chain depth:', await chain(5))

    # await a task from plain Future callbacks perspective
    t2 = asyncio.create_task(leaf('cb'))
    t2.add_done_callback(lambda f: print('done callback sees', f.result()))
    await t2
    await asyncio.sleep(0)

asyncio.run(main())
