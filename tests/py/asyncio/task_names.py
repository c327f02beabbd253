# Task names: default Task-N counter (the asyncio.run main task is Task-1;
# asyncio.create_task(name=...) still consumes a number because it creates the
# task unnamed and renames it, loop.create_task(name=...) does not), set_name.
import asyncio

async def job():
    await asyncio.sleep(0)

async def main():
    print('main task:', asyncio.current_task().get_name())
    a = asyncio.create_task(job())
    b = asyncio.create_task(job(), name='custom')
    c = asyncio.create_task(job())
    d = asyncio.get_running_loop().create_task(job())
    e = asyncio.ensure_future(job())
    print([t.get_name() for t in (a, b, c, d, e)])
    a.set_name('renamed')
    c.set_name(3.5)
    print(a.get_name(), repr(c.get_name()))
    b.set_name(None)
    print('set_name(None) ->', repr(b.get_name()))
    await asyncio.gather(a, b, c, d, e)
    f = asyncio.create_task(job(), name=None)
    print('name=None gets a number:', f.get_name())
    await f
    # renaming a finished task is allowed
    f.set_name('after-done')
    print(f.get_name())
    # tasks created by gather for coroutines also take numbers
    await asyncio.gather(job(), job())
    print('next number:', asyncio.create_task(job()).get_name())
    loop = asyncio.get_running_loop()
    n1 = loop.create_task(job(), name='loop-named')
    n2 = loop.create_task(job())
    print('loop.create_task(name=) consumes no number:', n1.get_name(), n2.get_name())
    n3 = asyncio.create_task(job(), name='api-named')
    n4 = asyncio.create_task(job())
    print('asyncio.create_task(name=) consumes one:', n3.get_name(), n4.get_name())
    n5 = asyncio.Task(job(), name='direct')
    n6 = asyncio.Task(job())
    print('Task(name=) consumes none:', n5.get_name(), n6.get_name())
    await asyncio.sleep(0)

asyncio.run(main())
