# get_running_loop / get_event_loop / new_event_loop / set_event_loop and the
# "no running event loop" / "no current event loop" errors around asyncio.run.
import asyncio

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('get_running_loop outside:', e)

print('_get_running_loop outside:', asyncio._get_running_loop())

loop = asyncio.new_event_loop()
print('is AbstractEventLoop:', isinstance(loop, asyncio.AbstractEventLoop))
other = asyncio.new_event_loop()
print('new loops distinct:', loop is not other)
other.close()

asyncio.set_event_loop(loop)
print('get_event_loop is set loop:', asyncio.get_event_loop() is loop)

async def inside():
    running = asyncio.get_running_loop()
    print('running is loop:', running is loop)
    print('get_event_loop is running:', asyncio.get_event_loop() is running)
    print('_get_running_loop is running:', asyncio._get_running_loop() is running)
    return 'done'

print(loop.run_until_complete(inside()))

# a loop that is not the "current" one still becomes the running loop
loop2 = asyncio.new_event_loop()
async def inside2():
    r = asyncio.get_running_loop()
    print('running is loop2:', r is loop2, 'current still loop:', r is not loop)
    print('get_event_loop inside loop2 run:', asyncio.get_event_loop() is loop2)
loop2.run_until_complete(inside2())
loop2.close()
print('after loop2, get_event_loop is loop:', asyncio.get_event_loop() is loop)

asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print('after set_event_loop(None):', e)

try:
    asyncio.set_event_loop(1)
except TypeError as e:
    print('TypeError', e)
loop.close()

async def main():
    return asyncio.get_running_loop().is_running()
print('asyncio.run ->', asyncio.run(main()))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print('after asyncio.run:', e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('get_running_loop after run:', e)
