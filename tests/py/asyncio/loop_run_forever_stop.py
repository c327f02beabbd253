# run_forever + stop: stop from a callback/coroutine, stop() before run_forever
# runs exactly one pass, is_running inside and outside the loop.
import asyncio

loop = asyncio.new_event_loop()

def cb(name):
    print('cb', name, 'is_running', loop.is_running())

print('is_running before', loop.is_running())
loop.call_soon(cb, 'first')
loop.call_soon(loop.stop)
loop.run_forever()
print('is_running after', loop.is_running())

print('--- stop() before run_forever: one pass runs, then returns')
def chain(n):
    print('chain', n)
    loop.call_soon(chain, n + 1)
loop.stop()
loop.call_soon(chain, 0)
loop.run_forever()
print('returned; run one more pass')
loop.stop()
loop.run_forever()
print('returned again')
loop.stop()
loop.run_forever()
print('--- stop() twice before run_forever is one stop')
loop.stop(); loop.stop()
loop.run_forever()
print('returned third time')
# drain the chain: cancel via a flag
print('--- stop from a coroutine task')
async def worker():
    for i in range(3):
        print('worker step', i)
        await asyncio.sleep(0)
    loop.stop()
    print('worker called stop')
t = loop.create_task(worker())
loop.run_forever()
print('task done?', t.done())
loop.run_until_complete(t)
print('task done now?', t.done())
# note: run_until_complete on an already-done task still runs one pass (chain advanced)
loop.close()
