# close / is_closed / is_running and the RuntimeError messages for closed loops,
# re-entrant runs, and running a loop while another loop runs.
import asyncio

loop = asyncio.new_event_loop()
print('closed?', loop.is_closed(), 'running?', loop.is_running())

async def reenter():
    print('inside: running?', loop.is_running())
    c = asyncio.sleep(0)
    try:
        loop.run_until_complete(c)
    except RuntimeError as e:
        print('run_until_complete:', e)
    c.close()
    try:
        loop.run_forever()
    except RuntimeError as e:
        print('run_forever:', e)
    other = asyncio.new_event_loop()
    c = asyncio.sleep(0)
    try:
        other.run_until_complete(c)
    except RuntimeError as e:
        print('other loop:', e)
    c.close()
    try:
        other.run_forever()
    except RuntimeError as e:
        print('other loop run_forever:', e)
    try:
        loop.close()
    except RuntimeError as e:
        print('close while running:', e)
    other.close()
    return 'ok'

coro = reenter()
print(loop.run_until_complete(coro))

loop.close()
print('closed?', loop.is_closed())
loop.close()  # closing twice is fine
print('closed twice ok')

def try_(label, fn):
    try:
        fn()
    except RuntimeError as e:
        print(label, 'RuntimeError:', e)

try_('call_soon', lambda: loop.call_soon(print))
try_('call_later', lambda: loop.call_later(1, print))
try_('call_at', lambda: loop.call_at(1, print))
try_('run_forever', lambda: loop.run_forever())
c = asyncio.sleep(0)
try_('run_until_complete', lambda: loop.run_until_complete(c))
c.close()
fut = loop.create_future()  # create_future does not check closed
print('create_future on closed loop ok:', type(fut).__name__)

async def nothing():
    pass
c2 = nothing()
try_('create_task', lambda: loop.create_task(c2))
c2.close()
