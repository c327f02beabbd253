# loop.call_soon: FIFO order, argument passing, callbacks scheduled during a pass
# run only in a later pass, stop() ends the loop after the current pass, closed loop.
import asyncio

loop = asyncio.new_event_loop()

def cb(name, *args):
    print('cb', name, args)

def spawner(name, depth):
    print('spawner', name, depth)
    if depth:
        loop.call_soon(spawner, name + '>', depth - 1)

# plain FIFO with arguments
for i in range(5):
    loop.call_soon(cb, 'plain%d' % i, i, i * i)
loop.call_soon(loop.stop)
loop.run_forever()
print('--- pass order')
# A and B each schedule a child; children run after both parents (next pass)
loop.call_soon(spawner, 'A', 2)
loop.call_soon(spawner, 'B', 2)
loop.call_soon(cb, 'C')
loop.call_soon(loop.stop)
loop.run_forever()
print('--- after first stop, children still pending; run again')
loop.call_soon(loop.stop)
loop.run_forever()
print('--- once more')
loop.call_soon(loop.stop)
loop.run_forever()
print('--- nothing left')
loop.call_soon(loop.stop)
loop.run_forever()

# stop() called from a callback: remaining callbacks already queued for this
# pass still run; callbacks scheduled during this pass do not.
print('--- stop in the middle of a pass')
def stopper():
    print('stopper')
    loop.stop()
    loop.call_soon(cb, 'scheduled-by-stopper')
loop.call_soon(cb, 'before')
loop.call_soon(stopper)
loop.call_soon(cb, 'after')
loop.run_forever()
print('loop returned')
loop.call_soon(loop.stop)
loop.run_forever()

print('--- handle returned by call_soon')
h = loop.call_soon(cb, 'x')
print(type(h).__name__, h.cancelled())
h.cancel()
print(h.cancelled())
loop.call_soon(loop.stop)
loop.run_forever()

print('--- errors')
loop.close()
try:
    loop.call_soon(cb, 'closed')
except RuntimeError as e:
    print('RuntimeError', e)
