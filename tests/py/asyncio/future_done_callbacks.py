# add_done_callback: callbacks run via call_soon (never synchronously), in
# registration order, with the future as argument; adding to a done future
# schedules immediately; remove_done_callback returns the number removed.
import asyncio

loop = asyncio.new_event_loop()

def cb(name):
    def inner(fut):
        state = 'cancelled' if fut.cancelled() else repr(fut.result())
        print('callback', name, state)
    inner.__name__ = name
    return inner

f = loop.create_future()
a, b, c = cb('a'), cb('b'), cb('c')
f.add_done_callback(a)
f.add_done_callback(b)
f.add_done_callback(c)
f.add_done_callback(a)
f.add_done_callback(a)
print('removed a:', f.remove_done_callback(a))
print('removed a again:', f.remove_done_callback(a))
f.add_done_callback(a)
loop.call_soon(print, 'soon before set_result')
f.set_result('R')
print('set_result returned; callbacks not yet run')
loop.call_soon(print, 'soon after set_result')
f.add_done_callback(cb('late'))  # future already done: scheduled right now
loop.call_soon(loop.stop)
loop.run_forever()

print('--- remove after done')
print('remove b from done future:', f.remove_done_callback(b))

print('--- callbacks on cancel')
g = loop.create_future()
g.add_done_callback(cb('x'))
g.add_done_callback(cb('y'))
g.cancel()
loop.call_soon(loop.stop)
loop.run_forever()

print('--- callback scheduled into next pass relative to already-queued callbacks')
h = loop.create_future()
h.add_done_callback(cb('h1'))
def setter():
    print('setter runs')
    h.set_result(1)
loop.call_soon(setter)
loop.call_soon(print, 'queued after setter')
loop.call_soon(loop.stop)
loop.run_forever()
loop.call_soon(loop.stop)
loop.run_forever()

print('--- callback adding another callback to the same done future')
k = loop.create_future()
def adder(fut):
    print('adder runs, adds nested')
    fut.add_done_callback(cb('nested'))
k.add_done_callback(adder)
k.add_done_callback(cb('k2'))
k.set_result('K')
loop.call_soon(loop.stop)
loop.run_forever()
loop.call_soon(loop.stop)
loop.run_forever()

print('--- exception in a done callback goes to the exception handler')
loop.set_exception_handler(lambda l, ctx: print('handler:', type(ctx['exception']).__name__, ctx['exception']))
m = loop.create_future()
def failing(fut):
    raise RuntimeError('cb error')
m.add_done_callback(failing)
m.add_done_callback(cb('after-failing'))
m.set_result(0)
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
