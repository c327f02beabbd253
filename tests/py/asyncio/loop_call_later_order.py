# call_later / call_at: ordering by deadline (distinct deadlines), ready callbacks first,
# TimerHandle.when(), negative/zero delays, timers vs. ready callbacks.
import asyncio

loop = asyncio.new_event_loop()
out = []

def cb(name):
    out.append(name)

t0 = loop.time()
loop.call_later(0.1, cb, 'later-0.1')
loop.call_at(t0 + 0.02, cb, 'at-0.02')
loop.call_soon(cb, 'soon-1')
loop.call_later(0.05, cb, 'later-0.05')
loop.call_at(t0 + 0.035, cb, 'at-0.035')
loop.call_later(0, cb, 'later-0')
loop.call_later(-1, cb, 'later-neg')
loop.call_soon(cb, 'soon-2')
loop.call_at(t0 + 0.15, loop.stop)
loop.run_forever()
print(out)

print('--- TimerHandle')
h = loop.call_at(1000.5, cb, 'never')
print(type(h).__name__, h.when() == 1000.5, h.cancelled())
h.cancel()
print('cancelled', h.cancelled())
h2 = loop.call_later(10, cb, 'never2')
print('when in future', h2.when() > loop.time())
h2.cancel()

print('--- due timers are appended after already-ready callbacks; callbacks they')
print('--- schedule (call_soon or call_later(0)) run in the next pass')
out.clear()
def timer1():
    out.append('timer1')
    loop.call_soon(cb, 'soon-from-timer1')
    loop.call_later(0, cb, 'later0-from-timer1')
def timer2():
    out.append('timer2')
    loop.call_soon(cb, 'soon-from-timer2')
    loop.call_soon(loop.stop)
loop.call_later(-0.5, timer2)
loop.call_soon(cb, 'plain-soon')
loop.call_later(-1, timer1)      # earlier deadline than timer2
loop.run_forever()
print(out)

print('--- loop.time is monotonic and advances')
a = loop.time()
b = loop.time()
print(b >= a, isinstance(a, float))
loop.run_until_complete(asyncio.sleep(0.02))
c = loop.time()
print(c - a >= 0.015)
loop.close()
