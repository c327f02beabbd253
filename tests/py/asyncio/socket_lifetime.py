# A socket object owns its descriptor: the collector closes it when the object dies (in a
# cycle too), close() is idempotent and detach() gives the descriptor up.
import gc
import os
import socket


def is_open(fd):
    try:
        os.fstat(fd)
        return True
    except OSError:
        return False


s = socket.socket()
fd = s.fileno()
print('open:', is_open(fd))
del s
gc.collect()
print('closed once collected:', not is_open(fd))

a, b = socket.socketpair()
fa = a.fileno()
a.close()
a.close()
print('close twice, descriptor closed:', not is_open(fa))
fb = b.detach()
del b
gc.collect()
print('detached descriptor survives its socket:', is_open(fb))
os.close(fb)

# a cycle holding a socket is collected too
class Holder:
    pass

h = Holder()
h.self = h
h.sock = socket.socket()
fd = h.sock.fileno()
del h
gc.collect()
print('socket in a collected cycle closed:', not is_open(fd))

