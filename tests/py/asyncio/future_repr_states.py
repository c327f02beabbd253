# Future repr in pending / finished (result or exception) / cancelled states,
# with done callbacks (builtin callbacks only, so no source paths), long results.
import asyncio

loop = asyncio.new_event_loop()

f = loop.create_future()
print(repr(f))
f.set_result(17)
print(repr(f))

g = loop.create_future()
g.set_result('a string')
print(repr(g))

h = loop.create_future()
h.set_exception(ValueError('oops'))
print(repr(h))
h.exception()

c = loop.create_future()
c.cancel()
print(repr(c))

# builtins have no source location, so the cb=[...] part is path-free
d = loop.create_future()
d.add_done_callback(print)
print(repr(d))
d.add_done_callback(len)
print(repr(d))
d.add_done_callback(repr)
print(repr(d))
d.add_done_callback(id)
print(repr(d))
d.remove_done_callback(print)
d.remove_done_callback(len)
d.remove_done_callback(repr)
d.remove_done_callback(id)
print(repr(d))

big = loop.create_future()
big.set_result('x' * 100)
print(repr(big))
print(str(f) == repr(f))
loop.close()
