# TaskGroup failure semantics: first error cancels siblings and the body, all
# errors are collected into an ExceptionGroup handled with except*, body
# exceptions are included, CancelledError in children is not an error.
import asyncio

async def ok(name, d, log):
    try:
        await asyncio.sleep(d)
        log.append(name + ' finished')
    except asyncio.CancelledError:
        log.append(name + ' cancelled')
        raise

async def fail(name, d, exc_type=ValueError):
    await asyncio.sleep(d)
    raise exc_type(name)

async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok('sib1', 1, log))
            tg.create_task(fail('f1', 0.01))
            tg.create_task(ok('sib2', 0, log))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                log.append('body cancelled')
                raise
    except* ValueError as eg:
        print('except* ValueError:', type(eg).__name__, [str(e) for e in eg.exceptions])
        print('message:', eg.message)
    print(log)

    # two failures in the same loop pass: both in the group, handled by type
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail('v', 0, ValueError))
            tg.create_task(fail('k', 0, KeyError))
    except* ValueError as eg:
        print('ValueError part:', [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print('KeyError part:', [str(e) for e in eg.exceptions])

    # body raising cancels children; body exception appears in the group
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok('child', 1, log))
            await asyncio.sleep(0)
            raise IndexError('from body')
    except* IndexError as eg:
        print('body error in group:', [repr(e) for e in eg.exceptions])
    print(log)

    # a child cancelled explicitly does not fail the group
    log = []
    async with asyncio.TaskGroup() as tg:
        victim = tg.create_task(ok('victim', 1, log))
        tg.create_task(ok('other', 0.01, log))
        await asyncio.sleep(0)
        victim.cancel()
    print('explicit child cancel:', log, victim.cancelled())

    # ExceptionGroup structure when caught with plain except
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail('only', 0))
    except ExceptionGroup as eg:
        print('plain except:', type(eg).__name__, len(eg.exceptions), repr(eg.exceptions[0]))
        print('str:', str(eg))

    # create_task after the group started shutting down (after a failure)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail('boom', 0))
            try:
                await asyncio.sleep(1)
            finally:
                c = ok('too-late', 0, [])
                try:
                    tg.create_task(c)
                except RuntimeError as e:
                    print('create_task while aborting:', str(e).split(' at 0x')[0])
                c.close()
    except* ValueError:
        print('boom handled')


asyncio.run(main())
