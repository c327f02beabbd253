# Task basics: get_coro, done/result/exception, result() before done, a task
# runs only when the loop gets control, tasks are futures, return values.
import asyncio

async def compute(x):
    print('compute starts', x)
    await asyncio.sleep(0)
    print('compute resumes', x)
    return x * 10

async def fails():
    await asyncio.sleep(0)
    raise ArithmeticError('arith')

async def main():
    coro = compute(4)
    t = asyncio.create_task(coro)
    print('get_coro is coro:', t.get_coro() is coro)
    print('created; done?', t.done())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
    print('isfuture(task):', asyncio.isfuture(t), isinstance(t, asyncio.Future))
    await asyncio.sleep(0)
    print('after one yield; done?', t.done())
    r = await t
    print('awaited', r, 'result()', t.result(), 'exception()', t.exception())

    t2 = asyncio.create_task(fails())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('failed task done?', t2.done(), 'cancelled?', t2.cancelled())
    print('exception():', repr(t2.exception()))
    try:
        t2.result()
    except ArithmeticError as e:
        print('result() raises', type(e).__name__, e)

    try:
        t.set_result(1)
    except RuntimeError as e:
        print('set_result on task:', e)
    try:
        t.set_exception(ValueError())
    except RuntimeError as e:
        print('set_exception on task:', e)

    async def returns_none():
        pass
    print('None result:', await asyncio.create_task(returns_none()))

asyncio.run(main())
