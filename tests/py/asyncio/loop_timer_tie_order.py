# Timers with IDENTICAL deadlines: CPython keeps timers in a heapq ordered only by
# when(), so ties come out in heapq pop order, NOT scheduling order. An
# implementation using a heapq-compatible binary heap reproduces this exactly.
import asyncio

loop = asyncio.new_event_loop()
out = []

def cb(name):
    out.append(name)

when = loop.time() + 0.02
for i in range(6):
    loop.call_at(when, cb, 'at%d' % i)
loop.call_at(when + 0.01, loop.stop)
loop.run_forever()
print(out)

out.clear()
when = loop.time() + 0.01
for i in range(3):
    loop.call_at(when, cb, 'x%d' % i)
loop.call_at(when + 0.01, loop.stop)
loop.run_forever()
print(out)
loop.close()
