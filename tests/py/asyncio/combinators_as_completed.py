# as_completed: yields awaitables in completion order, exceptions raised when the
# yielded awaitable is awaited, timeout -> TimeoutError, duplicates collapse.
import asyncio

async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(name)
    return name

async def main():
    coros = [job('c', 0.05), job('a', 0.01), job('b', 0.03)]
    order = []
    for aw in asyncio.as_completed(coros):
        order.append(await aw)
    print('completion order:', order)

    out = []
    for aw in asyncio.as_completed([job('ok', 0.01), job('bad', 0.03, True), job('ok2', 0.05)]):
        try:
            out.append(await aw)
        except ValueError as e:
            out.append('error:' + str(e))
    print(out)

    # t1 finishes after one loop pass (no timer), t2 never: only the timeout fires
    tasks = [asyncio.create_task(asyncio.sleep(0, 't1')), asyncio.create_task(job('t2', 10))]
    got = []
    try:
        for aw in asyncio.as_completed(tasks, timeout=0.1):
            got.append(await aw)
    except TimeoutError as e:
        print('TimeoutError after', got, 'type is asyncio.TimeoutError:', type(e) is asyncio.TimeoutError)
    print('t2 not cancelled by as_completed timeout:', not tasks[1].cancelled())
    tasks[1].cancel()

    t = asyncio.create_task(job('dup', 0))
    res = [await aw for aw in asyncio.as_completed([t, t, t])]
    print('duplicates:', res)

    it = asyncio.as_completed([])
    print('empty:', list(it))

    # in 3.11 as_completed is a generator function: argument errors surface on
    # the first next()
    c = job('x', 0)
    gen = asyncio.as_completed(c)
    print('as_completed(coro) created without error')
    try:
        next(gen)
    except TypeError as e:
        print('TypeError', e)
    c.close()

    # already finished futures come out first
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result('pre-done')
    res = [await aw for aw in asyncio.as_completed([job('later', 0.01), f])]
    print(res)

asyncio.run(main())
