# TaskGroup: waits for all tasks, results via task.result(), tasks created inside
# children join the group, name= and ordering, create_task on a finished group,
# create_task before __aenter__, TaskGroup repr-free checks.
import asyncio

async def job(name, d, log):
    log.append(name + ' start')
    await asyncio.sleep(d)
    log.append(name + ' end')
    return name.upper()

async def main():
    log = []
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job('a', 0.04, log))
        t2 = tg.create_task(job('b', 0.01, log), name='named-b')
        log.append('body done')
    log.append('after group')
    print(log)
    print(t1.result(), t2.result(), t2.get_name())

    log = []
    async with asyncio.TaskGroup() as tg:
        async def spawner():
            log.append('spawner')
            tg.create_task(job('grandchild', 0.01, log))
        tg.create_task(spawner())
    print('nested spawn joined:', log)

    # empty group
    async with asyncio.TaskGroup():
        pass
    print('empty group ok')

    # body awaits a task of the group
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(job('awaited', 0, []))
        print('awaited inside body:', await t)

    late = job('late', 0, [])
    try:
        tg.create_task(late)
    except RuntimeError as e:
        print('after exit:', e)
    late.close()

    g = asyncio.TaskGroup()
    c = job('early', 0, [])
    try:
        g.create_task(c)
    except RuntimeError as e:
        print('before enter:', str(e).split(' at 0x')[0])
    c.close()

    async with g:
        try:
            async with g:
                pass
        except RuntimeError as e:
            print('re-enter:', str(e).split(' at 0x')[0])

asyncio.run(main())
