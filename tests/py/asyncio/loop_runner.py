# asyncio.Runner: run() several times on one loop, get_loop(), close(), context
# manager, errors after close, run() inside a running loop, non-coroutine argument.
import asyncio

async def which_loop(tag):
    await asyncio.sleep(0)
    return tag, asyncio.get_running_loop()

with asyncio.Runner() as runner:
    loop = runner.get_loop()
    t1, l1 = runner.run(which_loop('first'))
    t2, l2 = runner.run(which_loop('second'))
    print(t1, t2, 'same loop:', l1 is l2 is loop)
    print('loop running between runs?', loop.is_running(), 'closed?', loop.is_closed())
print('closed after with:', loop.is_closed())

late = which_loop('late')
try:
    runner.run(late)
except RuntimeError as e:
    print('run after close:', e)
late.close()
try:
    runner.get_loop()
except RuntimeError as e:
    print('get_loop after close:', e)
runner.close()  # closing again is a no-op
print('second close ok')

r = asyncio.Runner()
print('lazy: loop created by get_loop:', isinstance(r.get_loop(), asyncio.AbstractEventLoop))

async def fail():
    raise OSError('bad')
try:
    r.run(fail())
except OSError as e:
    print('exception propagates:', e)
print('runner still usable:', r.run(which_loop('after-error'))[0])

try:
    r.run(42)
except ValueError as e:
    print('ValueError', e)

async def nested():
    c = which_loop('x')
    try:
        r.run(c)
    except RuntimeError as e:
        print('nested run:', e)
    c.close()
r.run(nested())

async def leftover():
    async def forever():
        try:
            await asyncio.sleep(10)
        finally:
            print('leftover finally on close')
    asyncio.create_task(forever())
    await asyncio.sleep(0)
r.run(leftover())
print('before close')
r.close()
print('after close')

with asyncio.Runner(debug=True) as dr:
    print('debug runner:', dr.get_loop().get_debug())

created = []
def factory():
    l = asyncio.new_event_loop()
    created.append(l)
    return l
with asyncio.Runner(loop_factory=factory) as fr:
    print('factory loop used:', fr.get_loop() is created[0])
print('factory loop closed:', created[0].is_closed())
