# asyncio.run: return value, exception propagation, nested run error, non-coroutine
# argument, a fresh loop each call, loop closed afterwards.
import asyncio

async def value():
    await asyncio.sleep(0)
    return {'answer': 42}

print('result:', asyncio.run(value()))

async def fails():
    await asyncio.sleep(0)
    raise KeyError('missing')

try:
    asyncio.run(fails())
except KeyError as e:
    print('propagated KeyError', e)

loops = []
async def grab():
    loops.append(asyncio.get_running_loop())
asyncio.run(grab())
asyncio.run(grab())
print('fresh loop each time:', loops[0] is not loops[1])
print('closed after run:', loops[0].is_closed(), loops[1].is_closed())

async def nested():
    inner = value()
    try:
        asyncio.run(inner)
    except RuntimeError as e:
        print('nested:', e)
    inner.close()
    return 'outer ok'
print(asyncio.run(nested()))

try:
    asyncio.run(123)
except ValueError as e:
    print('ValueError', e)

def gen():
    yield
    return 'generator result'
# Python 3.11 still accepts generator objects as coroutines (iscoroutine is True)
print('generator accepted:', asyncio.run(gen()))

async def cancelled_main():
    asyncio.current_task().cancel()
    await asyncio.sleep(0)
try:
    asyncio.run(cancelled_main())
except asyncio.CancelledError as e:
    print('CancelledError propagated', repr(e.args))

async def systemexit_main():
    raise SystemExit(3)
try:
    asyncio.run(systemexit_main())
except SystemExit as e:
    print('SystemExit', e.code)

async def debug_flag():
    return asyncio.get_running_loop().get_debug()
print('debug=True ->', asyncio.run(debug_flag(), debug=True))
print('debug=False ->', asyncio.run(debug_flag(), debug=False))
