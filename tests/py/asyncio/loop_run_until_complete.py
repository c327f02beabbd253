# run_until_complete with a coroutine, a future, a task, an already-done future;
# result and exception propagation; loop stays usable afterwards.
import asyncio

loop = asyncio.new_event_loop()

async def add(a, b):
    await asyncio.sleep(0)
    return a + b

print('coro ->', loop.run_until_complete(add(2, 3)))

fut = loop.create_future()
loop.call_soon(fut.set_result, 'from-callback')
print('future ->', loop.run_until_complete(fut))

task = loop.create_task(add(10, 20))
print('task ->', loop.run_until_complete(task), task.done())

done = loop.create_future()
done.set_result(42)
print('done future ->', loop.run_until_complete(done))

async def boom():
    await asyncio.sleep(0)
    raise ValueError('boom!')

try:
    loop.run_until_complete(boom())
except ValueError as e:
    print('caught', type(e).__name__, e)

f2 = loop.create_future()
loop.call_soon(f2.set_exception, KeyError('k'))
try:
    loop.run_until_complete(f2)
except KeyError as e:
    print('caught KeyError', e)

f3 = loop.create_future()
loop.call_soon(f3.cancel)
try:
    loop.run_until_complete(f3)
except asyncio.CancelledError as e:
    print('caught CancelledError', repr(e.args))

async def awaitable_user():
    class Aw:
        def __await__(self):
            yield from asyncio.sleep(0).__await__()
            return 'aw-result'
    return await Aw()
print('custom awaitable ->', loop.run_until_complete(awaitable_user()))

try:
    loop.run_until_complete(123)
except TypeError as e:
    print('TypeError', e)

print('running?', loop.is_running(), 'closed?', loop.is_closed())

# stop() inside run_until_complete before the future completes
async def stopper():
    loop.stop()
    await asyncio.sleep(0.01)
    return 'never'
try:
    loop.run_until_complete(stopper())
except RuntimeError as e:
    print('RuntimeError', e)
loop.close()
