# Python 3.11 create_task(..., context=ctx): tasks sharing one Context see each
# other's changes; loop.create_task(context=); Runner keeps one context across
# run() calls; asyncio.run does not leak changes to the caller.
import asyncio
import contextvars

var = contextvars.ContextVar('var', default=0)

async def bump(tag):
    var.set(var.get() + 1)
    await asyncio.sleep(0)
    print(tag, 'sees', var.get())

async def main():
    ctx = contextvars.copy_context()
    t1 = asyncio.create_task(bump('shared-1'), context=ctx)
    t2 = asyncio.get_running_loop().create_task(bump('shared-2'), context=ctx)
    await asyncio.gather(t1, t2)
    print('ctx value', ctx[var], '| main value', var.get())
    t3 = asyncio.create_task(bump('private'))
    await t3
    print('main value after private task', var.get())
    t4 = asyncio.create_task(bump('shared-3'), context=ctx)
    await t4
    print('ctx value', ctx[var])

asyncio.run(main())
print('caller after asyncio.run:', var.get())

async def incr():
    var.set(var.get() + 10)
    return var.get()

with asyncio.Runner() as runner:
    print('runner run 1:', runner.run(incr()))
    print('runner run 2 (same context):', runner.run(incr()))
    fresh = contextvars.Context()
    print('runner run with context=fresh:', runner.run(incr(), context=fresh), 'fresh holds', fresh[var])
    print('runner run 3:', runner.run(incr()))
print('caller after Runner:', var.get())
