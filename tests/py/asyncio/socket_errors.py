# Errors from the socket module: refused connections, unknown hosts (gaierror), bad
# addresses and arguments, and operations on closed sockets, with CPython's messages.
import socket

# a port nobody listens on: bind one, note it, close it
s = socket.socket()
s.bind(('127.0.0.1', 0))
port = s.getsockname()[1]
s.close()

c = socket.socket()
try:
    c.connect(('127.0.0.1', port))
except ConnectionRefusedError as e:
    print('ConnectionRefusedError', e.errno, e.strerror, isinstance(e, ConnectionError))
c.close()
c = socket.socket()
print('connect_ex:', c.connect_ex(('127.0.0.1', port)))
c.close()

try:
    socket.getaddrinfo('no-such-host.invalid', 80)
except socket.gaierror as e:
    print('gaierror', type(e).__name__, e.args[0] < 0, isinstance(e, OSError))

try:
    socket.create_connection(('127.0.0.1', port))
except OSError as e:
    print('create_connection:', type(e).__name__, e)

s = socket.socket()
for addr in ('127.0.0.1', ('127.0.0.1',), ('127.0.0.1', 'x'), ('127.0.0.1', 70000), (1, 2)):
    try:
        s.bind(addr)
    except (TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__, '|', e)

for call in (lambda: s.recv(-1), lambda: s.send('text'), lambda: s.listen('x')):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, '|', e)
s.close()

s = socket.socket()
s.close()
for name, call in (('send', lambda: s.send(b'x')), ('getsockname', s.getsockname),
                   ('listen', s.listen), ('shutdown', lambda: s.shutdown(socket.SHUT_RDWR))):
    try:
        call()
    except OSError as e:
        print(name, 'on closed socket:', type(e).__name__, e)

# a reset: the peer closes with unread data and SO_LINGER 0
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
cli = socket.create_connection(srv.getsockname())
conn, _ = srv.accept()
conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b'\x01\x00\x00\x00\x00\x00\x00\x00')
conn.close()
try:
    cli.recv(10)
except ConnectionResetError as e:
    print('ConnectionResetError', e.errno, e.strerror)
try:
    cli.send(b'x' * 10)
    cli.send(b'x' * 10)
except (BrokenPipeError, ConnectionResetError) as e:
    print('send after reset:', type(e).__name__)
cli.close()
srv.close()

try:
    socket.socket(fileno=-5)
except ValueError as e:
    print('ValueError', e)
