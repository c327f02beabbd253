# An async generator left by `break` is finalized at once in CPython (its last reference
# goes, the loop's finalizer hook schedules aclose()); Krait keeps it in loop._asyncgens
# (no weak references) and closes it only in shutdown_asyncgens, so the order differs.
import asyncio


async def agen(name):
    try:
        yield 1
        yield 2
    finally:
        print('finalizing', name)


async def main():
    async for _ in agen('left by break'):
        break
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('main done')


asyncio.run(main())
