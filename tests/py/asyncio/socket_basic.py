# The socket module without asyncio: creating, binding, listening, accepting and
# connecting over IPv4 and IPv6 loopback, blocking and non-blocking modes, timeouts,
# options, shutdown/close/detach, socketpair, getaddrinfo and the enum constants.
# No port or descriptor number is printed.
import socket

print(socket.AF_INET, repr(socket.AF_INET), repr(socket.AF_INET6), repr(socket.SOCK_STREAM))
print(socket.SOL_SOCKET == 1, type(socket.SOL_SOCKET).__name__, socket.SHUT_RDWR, socket.AF_UNSPEC)
print(socket.timeout is TimeoutError, socket.error is OSError, socket.gaierror.__mro__[1].__name__)
print(socket.socket.__mro__[1], socket.SocketType)

# a listening socket and a blocking client
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print('SO_REUSEADDR set:', srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
srv.bind(('127.0.0.1', 0))
srv.listen()
host, port = srv.getsockname()
print('bound to', host, 'port ok:', 0 < port < 65536)
print('family/type/proto:', srv.family, srv.type, srv.proto, repr(srv.family), repr(srv.type))
print('timeout and blocking:', srv.gettimeout(), srv.getblocking())

cli = socket.socket()
cli.connect(('127.0.0.1', port))
conn, addr = srv.accept()
print('accepted from', addr[0], 'type', type(conn).__name__, 'same port:', addr == cli.getsockname())
print('peer of client:', cli.getpeername() == (host, port))
cli.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print('TCP_NODELAY:', cli.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
print('send:', cli.send(b'hello'), 'recv:', conn.recv(100))
cli.sendall(b'x' * 200000)
total = 0
while total < 200000:
    total += len(conn.recv(65536))
print('sendall/recv total:', total)

buf = bytearray(8)
conn.sendall(b'abc')
print('recv_into:', cli.recv_into(buf), buf)

# non-blocking and timeout modes
conn.setblocking(False)
print('non-blocking timeout:', conn.gettimeout(), conn.getblocking())
try:
    conn.recv(10)
except BlockingIOError as e:
    print('BlockingIOError', e.errno == 11, isinstance(e, OSError))
conn.settimeout(0.01)
try:
    conn.recv(10)
except socket.timeout as e:
    print('timeout:', type(e).__name__, e)
conn.settimeout(None)
print('back to blocking:', conn.gettimeout(), conn.getblocking())
for bad in (-1, 'x'):
    try:
        conn.settimeout(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# shutdown: the peer sees EOF
cli.shutdown(socket.SHUT_WR)
print('after peer shutdown:', conn.recv(10))
conn.sendall(b'bye')
print('half-closed still receives:', cli.recv(10))

# close is idempotent; the closed socket reports fd -1 and EBADF
conn.close()
conn.close()
print('closed fileno:', conn.fileno(), repr(conn).startswith('<socket.socket [closed] fd=-1'))
try:
    conn.recv(1)
except OSError as e:
    print('recv on closed socket:', type(e).__name__, e.errno, e.strerror)

# context manager and detach
with socket.socket() as s:
    print('inside with:', s.fileno() >= 0)
print('after with:', s.fileno())
s = socket.socket()
fd = s.detach()
print('detached:', fd >= 0, s.fileno())
socket.socket(fileno=fd).close()
cli.close()
srv.close()

# IPv6
srv6 = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
srv6.bind(('::1', 0))
srv6.listen(5)
name = srv6.getsockname()
print('IPv6 sockname:', name[0], len(name), name[2:])
c6 = socket.create_connection(('::1', name[1]))
a6, addr6 = srv6.accept()
print('IPv6 peer:', addr6[0], len(addr6), repr(a6.family))
c6.sendall(b'six')
print(a6.recv(10))
for s in (c6, a6, srv6):
    s.close()

# socketpair
a, b = socket.socketpair()
print('socketpair:', repr(a.family), repr(a.type), type(a).__name__)
a.sendall(b'ping')
print(b.recv(4))
a.close()
print('EOF from closed pair:', b.recv(4))
b.close()

# getaddrinfo
print(socket.getaddrinfo('127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo('::1', 'http', socket.AF_INET6, socket.SOCK_STREAM))
print(socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(sorted(set(info[4][0] for info in socket.getaddrinfo('localhost', 80, socket.AF_INET))))
print(type(socket.gethostname()).__name__)
print(socket.inet_pton(socket.AF_INET, '10.1.2.3'), socket.inet_ntop(socket.AF_INET6, bytes(15) + b'\x01'))
print(socket.htons(0x1234) == 0x3412, socket.ntohl(socket.htonl(7)))
