"""Krait's socket module: the native _socket (BSD sockets for IPv4, IPv6 and Unix-domain
addresses) with what CPython's socket.py adds over it: the socket class whose accept()
returns socket objects and whose repr shows its addresses, the AddressFamily and SocketKind
enumerations, socketpair(), create_connection() and create_server().
"""

import _socket
from _socket import *
from enum import IntEnum, IntFlag

__all__ = ['fromfd', 'getfqdn', 'create_connection', 'create_server', 'has_dualstack_ipv6',
           'AddressFamily', 'SocketKind', 'socket', 'socketpair', 'SocketType', 'error', 'timeout',
           'gaierror', 'herror', 'getaddrinfo', 'gethostname', 'inet_pton', 'inet_ntop']

EBADF = 9
EAGAIN = 11
EWOULDBLOCK = 11


class AddressFamily(IntEnum):
    AF_UNSPEC = _socket.AF_UNSPEC
    AF_UNIX = _socket.AF_UNIX
    AF_INET = _socket.AF_INET
    AF_INET6 = _socket.AF_INET6


class SocketKind(IntEnum):
    SOCK_STREAM = _socket.SOCK_STREAM
    SOCK_DGRAM = _socket.SOCK_DGRAM
    SOCK_RAW = _socket.SOCK_RAW
    SOCK_SEQPACKET = _socket.SOCK_SEQPACKET
    SOCK_NONBLOCK = _socket.SOCK_NONBLOCK
    SOCK_CLOEXEC = _socket.SOCK_CLOEXEC


class MsgFlag(IntFlag):
    MSG_OOB = _socket.MSG_OOB
    MSG_PEEK = _socket.MSG_PEEK
    MSG_DONTWAIT = _socket.MSG_DONTWAIT
    MSG_TRUNC = _socket.MSG_TRUNC
    MSG_WAITALL = _socket.MSG_WAITALL
    MSG_NOSIGNAL = _socket.MSG_NOSIGNAL


class AddressInfo(IntFlag):
    AI_PASSIVE = _socket.AI_PASSIVE
    AI_CANONNAME = _socket.AI_CANONNAME
    AI_NUMERICHOST = _socket.AI_NUMERICHOST
    AI_V4MAPPED = _socket.AI_V4MAPPED
    AI_ALL = _socket.AI_ALL
    AI_ADDRCONFIG = _socket.AI_ADDRCONFIG
    AI_NUMERICSERV = _socket.AI_NUMERICSERV


# As in CPython, the module's constants are the enumerations' members.
for _enum in (AddressFamily, SocketKind, MsgFlag, AddressInfo):
    for _name, _member in _enum.__members__.items():
        globals()[_name] = _member
del _enum, _name, _member


def _intenum_converter(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


_defaulttimeout = None


def getdefaulttimeout():
    return _defaulttimeout


def setdefaulttimeout(timeout):
    global _defaulttimeout
    if timeout is not None:
        if not isinstance(timeout, (int, float)):
            raise TypeError('Timeout value must be int, float or None')
        if timeout < 0:
            raise ValueError('Timeout value out of range')
        timeout = float(timeout)
    _defaulttimeout = timeout


class socket(_socket.socket):
    """A socket object: _socket.socket with accept() returning socket objects."""

    __slots__ = ['_io_refs', '_closed']

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
        _socket.socket.__init__(self, family, type, proto, fileno)
        self._io_refs = 0
        self._closed = False
        if _defaulttimeout is not None:
            self.settimeout(_defaulttimeout)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __repr__(self):
        closed = getattr(self, '_closed', False)
        cls = self.__class__
        text = '<%s.%s%s fd=%i, family=%s, type=%s, proto=%i' % (
            cls.__module__, cls.__qualname__, ' [closed]' if closed else '',
            self.fileno(), self.family, self.type, self.proto)
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    text += ', laddr=%s' % str(laddr)
            except OSError:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    text += ', raddr=%s' % str(raddr)
            except OSError:
                pass
        return text + '>'

    def __getstate__(self):
        raise TypeError(f"cannot pickle {self.__class__.__name__!r} object")

    def dup(self):
        fd = dup(self.fileno())
        sock = self.__class__(self.family, self.type, self.proto, fileno=fd)
        sock.settimeout(self.gettimeout())
        return sock

    def accept(self):
        fd, addr = self._accept()
        sock = socket(_socket.socket.family.__get__(self), _socket.socket.type.__get__(self),
                      self.proto, fileno=fd)
        # A listening socket with a timeout must not pass its non-blocking mode on.
        if _defaulttimeout is None and self.gettimeout():
            sock.setblocking(True)
        return sock, addr

    def _real_close(self, _close=_socket.socket.close):
        _close(self)

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def detach(self):
        self._closed = True
        return super().detach()

    @property
    def family(self):
        return _intenum_converter(super().family, AddressFamily)

    @property
    def type(self):
        return _intenum_converter(super().type, SocketKind)


SocketType = _socket.socket


def fromfd(fd, family, type, proto=0):
    return socket(family, type, proto, dup(fd))


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    if family is None:
        family = AF_UNIX
    a, b = _socket.socketpair(family, type, proto)
    a = socket(family, type, proto, a.detach())
    b = socket(family, type, proto, b.detach())
    return a, b


_GLOBAL_DEFAULT_TIMEOUT = object()


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None):
    host, port = address
    err = None
    for res in getaddrinfo(host, port, 0, SOCK_STREAM):
        af, socktype, proto, canonname, sa = res
        sock = None
        try:
            sock = socket(af, socktype, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            err = None
            return sock
        except OSError as exc:
            err = exc
            if sock is not None:
                sock.close()
    if err is not None:
        try:
            raise err
        finally:
            err = None
    raise error('getaddrinfo returns an empty list')


def has_dualstack_ipv6():
    try:
        with socket(AF_INET6, SOCK_STREAM) as sock:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)
            return True
    except OSError:
        return False


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    if reuse_port and not hasattr(_socket, 'SO_REUSEPORT'):
        raise ValueError('SO_REUSEPORT not supported on this platform')
    if dualstack_ipv6:
        if not has_dualstack_ipv6():
            raise ValueError('dualstack_ipv6 not supported on this platform')
        if family != AF_INET6:
            raise ValueError('dualstack_ipv6 requires AF_INET6 family')
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if family == AF_INET6:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0 if dualstack_ipv6 else 1)
        try:
            sock.bind(address)
        except OSError as err:
            raise OSError(err.errno, f'{err.strerror} (while attempting to bind on address {address!r})') from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except OSError:
        sock.close()
        raise


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    result = []
    for af, socktype, proto, canonname, sa in _socket.getaddrinfo(host, port, family, type, proto, flags):
        result.append((_intenum_converter(af, AddressFamily), _intenum_converter(socktype, SocketKind),
                       proto, canonname, sa))
    return result


def getfqdn(name=''):
    name = name.strip()
    if not name or name in ('0.0.0.0', '::'):
        name = gethostname()
    return name
