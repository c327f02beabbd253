# Handle.cancel / TimerHandle.cancel / cancelled(): cancelled callbacks never run,
# cancelling twice or after running is harmless, cancelling from another callback.
import asyncio

loop = asyncio.new_event_loop()

def cb(name):
    print('run', name)

h1 = loop.call_soon(cb, 'h1')
h2 = loop.call_soon(cb, 'h2')
h3 = loop.call_soon(cb, 'h3')
print('h2 cancelled?', h2.cancelled())
h2.cancel()
h2.cancel()
print('h2 cancelled?', h2.cancelled())
loop.call_soon(loop.stop)
loop.run_forever()
print('h1 after run cancelled?', h1.cancelled())
h1.cancel()
print('h1 cancel after run ->', h1.cancelled())

print('--- cancel a later callback from an earlier one in the same pass')
def killer():
    print('killer cancels victim')
    victim.cancel()
loop.call_soon(killer)
victim = loop.call_soon(cb, 'victim')
loop.call_soon(cb, 'survivor')
loop.call_soon(loop.stop)
loop.run_forever()

print('--- timer handles')
t0 = loop.time()
t1 = loop.call_at(t0 + 0.01, cb, 't1')
t2 = loop.call_later(0.02, cb, 't2')
t3 = loop.call_at(t0 + 0.03, cb, 't3')
t2.cancel()
print('t2 cancelled?', t2.cancelled(), 't1 cancelled?', t1.cancelled())
def cancel_t3():
    print('cancel t3 from timer')
    t3.cancel()
loop.call_at(t0 + 0.015, cancel_t3)
loop.call_at(t0 + 0.05, loop.stop)
loop.run_forever()
print('t3 cancelled?', t3.cancelled())

print('--- handle comparison and hashing')
a = loop.call_at(5000, cb, 'a')
b = loop.call_at(6000, cb, 'b')
print(a < b, b > a, a == a, a != b)
a.cancel(); b.cancel()
loop.close()
print('closed')
