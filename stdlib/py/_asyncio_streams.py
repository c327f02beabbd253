"""TCP and Unix-domain streams for Krait's asyncio: the loop's socket operations (sock_recv,
sock_sendall, sock_accept, sock_connect, getaddrinfo), protocols and transports, the socket
transport over the native loop's add_reader/add_writer, create_connection/create_server and
Server, and the streams API (open_connection, start_server, StreamReader, StreamWriter).
Behaviour, ordering of callbacks and messages follow CPython 3.11.7 (asyncio's streams,
selector_events and base_events). asyncio imports this module on first use and its loop
class delegates to the functions here; on import the module installs them on the loop class
directly so that later calls go straight to them.

The data path is kept short: the loop calls the transport's reader callback, which receives
into a bytes object and hands it to the protocol; a StreamReader wakes its waiting task by
completing a future. Writes go to the socket at once when nothing is buffered.
"""

import sys
import socket
import asyncio as _asyncio
from _asyncio import Future, get_running_loop

__all__ = ('StreamReader', 'StreamWriter', 'StreamReaderProtocol', 'open_connection', 'start_server',
           'open_unix_connection', 'start_unix_server', 'IncompleteReadError', 'LimitOverrunError',
           'Server', 'BaseProtocol', 'Protocol', 'BufferedProtocol', 'DatagramProtocol',
           'SubprocessProtocol', 'BaseTransport', 'ReadTransport', 'WriteTransport', 'Transport',
           'DatagramTransport', 'SubprocessTransport', 'AbstractServer')

_DEFAULT_LIMIT = 2 ** 16
_ACCEPT_RETRY_DELAY = 1
_LOG_THRESHOLD_FOR_CONNLOST_WRITES = 5
_EMFILE, _ENFILE, _ENOBUFS, _ENOMEM = 24, 23, 105, 12

_sleep = _asyncio.sleep
_AF_INET = socket.AF_INET
_AF_INET6 = socket.AF_INET6
_SOCK_STREAM = socket.SOCK_STREAM


# ---- exceptions ----

class IncompleteReadError(EOFError):
    """EOF came before the expected number of bytes (or the separator) was read."""
    __module__ = 'asyncio.exceptions'

    def __init__(self, partial, expected):
        shown = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {shown} expected bytes')
        self.partial = partial
        self.expected = expected

    def __reduce__(self):
        return type(self), (self.partial, self.expected)


class LimitOverrunError(Exception):
    """The buffer limit was reached while looking for a separator."""
    __module__ = 'asyncio.exceptions'

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)


# ---- protocols ----

class BaseProtocol:
    """What every protocol may implement: connection events and write flow control."""
    __module__ = 'asyncio.protocols'
    __slots__ = ()

    def connection_made(self, transport):
        pass

    def connection_lost(self, exc):
        pass

    def pause_writing(self):
        pass

    def resume_writing(self):
        pass


class Protocol(BaseProtocol):
    """A stream protocol: data_received() gets each chunk, eof_received() the end."""
    __module__ = 'asyncio.protocols'
    __slots__ = ()

    def data_received(self, data):
        pass

    def eof_received(self):
        pass


class BufferedProtocol(BaseProtocol):
    """A stream protocol that provides the buffers the transport receives into."""
    __module__ = 'asyncio.protocols'
    __slots__ = ()

    def get_buffer(self, sizehint):
        pass

    def buffer_updated(self, nbytes):
        pass

    def eof_received(self):
        pass


class DatagramProtocol(BaseProtocol):
    """A datagram protocol."""
    __module__ = 'asyncio.protocols'
    __slots__ = ()

    def datagram_received(self, data, addr):
        pass

    def error_received(self, exc):
        pass


class SubprocessProtocol(BaseProtocol):
    """A protocol for a subprocess's pipes."""
    __module__ = 'asyncio.protocols'
    __slots__ = ()

    def pipe_data_received(self, fd, data):
        pass

    def pipe_connection_lost(self, fd, exc):
        pass

    def process_exited(self):
        pass


# ---- transports ----

class BaseTransport:
    """The interface every transport has."""
    __module__ = 'asyncio.transports'
    __slots__ = ('_extra',)

    def __init__(self, extra=None):
        if extra is None:
            extra = {}
        self._extra = extra

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    def is_closing(self):
        raise NotImplementedError

    def close(self):
        raise NotImplementedError

    def set_protocol(self, protocol):
        raise NotImplementedError

    def get_protocol(self):
        raise NotImplementedError


class ReadTransport(BaseTransport):
    """A transport that receives."""
    __module__ = 'asyncio.transports'
    __slots__ = ()

    def is_reading(self):
        raise NotImplementedError

    def pause_reading(self):
        raise NotImplementedError

    def resume_reading(self):
        raise NotImplementedError


class WriteTransport(BaseTransport):
    """A transport that sends."""
    __module__ = 'asyncio.transports'
    __slots__ = ()

    def set_write_buffer_limits(self, high=None, low=None):
        raise NotImplementedError

    def get_write_buffer_size(self):
        raise NotImplementedError

    def get_write_buffer_limits(self):
        raise NotImplementedError

    def write(self, data):
        raise NotImplementedError

    def writelines(self, list_of_data):
        self.write(b''.join(list_of_data))

    def write_eof(self):
        raise NotImplementedError

    def can_write_eof(self):
        raise NotImplementedError

    def abort(self):
        raise NotImplementedError


class Transport(ReadTransport, WriteTransport):
    """A bidirectional transport."""
    __module__ = 'asyncio.transports'
    __slots__ = ()


class DatagramTransport(BaseTransport):
    """A datagram transport."""
    __module__ = 'asyncio.transports'
    __slots__ = ()

    def sendto(self, data, addr=None):
        raise NotImplementedError

    def abort(self):
        raise NotImplementedError


class SubprocessTransport(BaseTransport):
    """A subprocess transport."""
    __module__ = 'asyncio.transports'
    __slots__ = ()

    def get_pid(self):
        raise NotImplementedError

    def get_returncode(self):
        raise NotImplementedError

    def get_pipe_transport(self, fd):
        raise NotImplementedError

    def send_signal(self, signal):
        raise NotImplementedError

    def terminate(self):
        raise NotImplementedError

    def kill(self):
        raise NotImplementedError


class _FlowControlMixin(Transport):
    """Write flow control: the protocol is paused above the high-water mark and resumed at
    or below the low-water mark of the write buffer."""
    __module__ = 'asyncio.transports'
    __slots__ = ('_loop', '_protocol_paused', '_high_water', '_low_water')

    def __init__(self, extra=None, loop=None):
        super().__init__(extra)
        assert loop is not None
        self._loop = loop
        self._protocol_paused = False
        self._set_write_buffer_limits()

    def _maybe_pause_protocol(self):
        if self.get_write_buffer_size() <= self._high_water or self._protocol_paused:
            return
        self._protocol_paused = True
        try:
            self._protocol.pause_writing()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': 'protocol.pause_writing() failed',
                'exception': exc,
                'transport': self,
                'protocol': self._protocol,
            })

    def _maybe_resume_protocol(self):
        if self._protocol_paused and self.get_write_buffer_size() <= self._low_water:
            self._protocol_paused = False
            try:
                self._protocol.resume_writing()
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._loop.call_exception_handler({
                    'message': 'protocol.resume_writing() failed',
                    'exception': exc,
                    'transport': self,
                    'protocol': self._protocol,
                })

    def get_write_buffer_limits(self):
        return (self._low_water, self._high_water)

    def _set_write_buffer_limits(self, high=None, low=None):
        if high is None:
            high = 64 * 1024 if low is None else 4 * low
        if low is None:
            low = high // 4
        if not high >= low >= 0:
            raise ValueError(f'high ({high!r}) must be >= low ({low!r}) must be >= 0')
        self._high_water = high
        self._low_water = low

    def set_write_buffer_limits(self, high=None, low=None):
        self._set_write_buffer_limits(high=high, low=low)
        self._maybe_pause_protocol()

    def get_write_buffer_size(self):
        raise NotImplementedError


class TransportSocket:
    """The socket of a transport as get_extra_info('socket') and Server.sockets show it:
    queries pass through, operations that would disturb the transport are refused."""
    __module__ = 'asyncio.trsock'
    __slots__ = ('_sock',)

    def __init__(self, sock):
        self._sock = sock

    @property
    def family(self):
        return self._sock.family

    @property
    def type(self):
        return self._sock.type

    @property
    def proto(self):
        return self._sock.proto

    def __repr__(self):
        text = (f'<asyncio.TransportSocket fd={self.fileno()}, family={self.family!s}, '
                f'type={self.type!s}, proto={self.proto}')
        if self.fileno() != -1:
            try:
                laddr = self.getsockname()
                if laddr:
                    text = f'{text}, laddr={laddr}'
            except OSError:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    text = f'{text}, raddr={raddr}'
            except OSError:
                pass
        return f'{text}>'

    def __getstate__(self):
        raise TypeError('Cannot serialize asyncio.TransportSocket object')

    def fileno(self):
        return self._sock.fileno()

    def dup(self):
        return self._sock.dup()

    def get_inheritable(self):
        return self._sock.get_inheritable()

    def shutdown(self, how):
        self._sock.shutdown(how)

    def getsockopt(self, *args, **kwargs):
        return self._sock.getsockopt(*args, **kwargs)

    def setsockopt(self, *args, **kwargs):
        self._sock.setsockopt(*args, **kwargs)

    def getpeername(self):
        return self._sock.getpeername()

    def getsockname(self):
        return self._sock.getsockname()

    def getsockbyname(self):
        return self._sock.getsockbyname()

    def settimeout(self, value):
        if value == 0:
            return
        raise ValueError('settimeout(): only 0 timeout is allowed on transport sockets')

    def gettimeout(self):
        return 0

    def setblocking(self, flag):
        if not flag:
            return
        raise ValueError('setblocking(): transport sockets cannot be blocking')


def _set_nodelay(sock):
    if (sock.family in (_AF_INET, _AF_INET6) and sock.type == _SOCK_STREAM and
            sock.proto == socket.IPPROTO_TCP):
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class _SelectorSocketTransport(_FlowControlMixin):
    """A stream socket driven by the loop's readiness callbacks."""
    __module__ = 'asyncio.selector_events'

    max_size = 256 * 1024   # what one recv() asks for
    _start_tls_compatible = True

    def __init__(self, loop, sock, protocol, waiter=None, extra=None, server=None):
        super().__init__(extra, loop)
        extra = self._extra
        extra['socket'] = TransportSocket(sock)
        try:
            extra['sockname'] = sock.getsockname()
        except OSError:
            extra['sockname'] = None
        if 'peername' not in extra:
            try:
                extra['peername'] = sock.getpeername()
            except OSError:
                extra['peername'] = None
        self._sock = sock
        self._sock_fd = sock.fileno()
        self._reading = False       # the loop watches the socket for reading
        self._protocol_connected = False
        self._read_ready_cb = None
        self.set_protocol(protocol)
        self._server = server
        self._buffer = bytearray()  # what send() has not taken yet
        self._conn_lost = 0         # connection_lost() is scheduled (then counts writes after it)
        self._closing = False
        self._eof = False
        self._paused = False
        if server is not None:
            server._attach()
        _set_nodelay(sock)
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._add_reader)
        if waiter is not None:
            loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._sock is None:
            info.append('closed')
        elif self._closing:
            info.append('closing')
        info.append(f'fd={self._sock_fd}')
        loop = self._loop
        if loop is not None and not loop.is_closed():
            info.append('read=polling' if self._reading else 'read=idle')
            state = 'polling' if self._buffer else 'idle'
            info.append(f'write=<{state}, bufsize={len(self._buffer)}>')
        return '<{}>'.format(' '.join(info))

    # -- protocol and state --

    def set_protocol(self, protocol):
        if isinstance(protocol, BufferedProtocol):
            callback = self._read_ready__get_buffer
        else:
            callback = self._read_ready__data_received
        self._read_ready_cb = callback
        self._protocol = protocol
        self._protocol_connected = True
        if self._reading:
            self._loop.add_reader(self._sock_fd, callback)

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def is_reading(self):
        return not self._paused and not self._closing

    def get_write_buffer_size(self):
        return len(self._buffer)

    def _add_reader(self):
        if self._closing or self._paused:
            return
        self._reading = True
        self._loop.add_reader(self._sock_fd, self._read_ready_cb)

    def _remove_reader(self):
        if self._reading:
            self._reading = False
            self._loop.remove_reader(self._sock_fd)

    def pause_reading(self):
        if self._closing or self._paused:
            return
        self._paused = True
        self._remove_reader()

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._add_reader()

    # -- receiving --

    def _read_ready(self):
        self._read_ready_cb()

    def _read_ready__data_received(self):
        if self._conn_lost:
            return
        try:
            data = self._sock.recv(self.max_size)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on socket transport')
            return
        if not data:
            self._read_ready__on_eof()
            return
        try:
            self._protocol.data_received(data)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.data_received() call failed.')

    def _read_ready__get_buffer(self):
        if self._conn_lost:
            return
        try:
            buf = self._protocol.get_buffer(-1)
            if not len(buf):
                raise RuntimeError('get_buffer() returned an empty buffer')
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.get_buffer() call failed.')
            return
        try:
            nbytes = self._sock.recv_into(buf)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on socket transport')
            return
        if not nbytes:
            self._read_ready__on_eof()
            return
        try:
            self._protocol.buffer_updated(nbytes)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.buffer_updated() call failed.')

    def _read_ready__on_eof(self):
        try:
            keep_open = self._protocol.eof_received()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.eof_received() call failed.')
            return
        if keep_open:
            self._remove_reader()
        else:
            self.close()

    # -- sending --

    def write(self, data):
        if type(data) is not bytes and not isinstance(data, (bytes, bytearray)):
            raise TypeError(f'data argument must be a bytes-like object, not {type(data).__name__!r}')
        if self._eof:
            raise RuntimeError('Cannot call write() after write_eof()')
        if not data:
            return
        if self._conn_lost:
            if self._conn_lost >= _LOG_THRESHOLD_FOR_CONNLOST_WRITES:
                sys.stderr.write('socket.send() raised exception.\n')
            self._conn_lost += 1
            return
        buffer = self._buffer
        if not buffer:
            # Nothing queued: try to send at once.
            try:
                n = self._sock.send(data)
            except (BlockingIOError, InterruptedError):
                pass
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on socket transport')
                return
            else:
                if n == len(data):
                    return
                data = data[n:]
            self._loop.add_writer(self._sock_fd, self._write_ready)
        buffer.extend(data)
        self._maybe_pause_protocol()

    def writelines(self, list_of_data):
        self.write(b''.join(list_of_data))

    def _write_ready(self):
        assert self._buffer, 'Data should not be empty'
        if self._conn_lost:
            return
        try:
            n = self._sock.send(self._buffer)
        except (BlockingIOError, InterruptedError):
            pass
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.remove_writer(self._sock_fd)
            self._buffer.clear()
            self._fatal_error(exc, 'Fatal write error on socket transport')
        else:
            if n:
                del self._buffer[:n]
            self._maybe_resume_protocol()  # the protocol may write more here
            if not self._buffer:
                self._loop.remove_writer(self._sock_fd)
                if self._closing:
                    self._call_connection_lost(None)
                elif self._eof:
                    self._sock.shutdown(socket.SHUT_WR)

    def write_eof(self):
        if self._closing or self._eof:
            return
        self._eof = True
        if not self._buffer:
            self._sock.shutdown(socket.SHUT_WR)

    def can_write_eof(self):
        return True

    # -- closing --

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._remove_reader()
        if not self._buffer:
            self._conn_lost += 1
            self._loop.remove_writer(self._sock_fd)
            self._loop.call_soon(self._call_connection_lost, None)

    def abort(self):
        self._force_close(None)

    def _fatal_error(self, exc, message='Fatal error on transport'):
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({
                'message': message,
                'exception': exc,
                'transport': self,
                'protocol': self._protocol,
            })
        self._force_close(exc)

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if self._buffer:
            self._buffer.clear()
            self._loop.remove_writer(self._sock_fd)
        if not self._closing:
            self._closing = True
            self._remove_reader()
        self._conn_lost += 1
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            if self._protocol_connected:
                self._protocol.connection_lost(exc)
        finally:
            self._sock.close()
            self._sock = None
            self._protocol = None
            self._loop = None
            server = self._server
            if server is not None:
                server._detach()
                self._server = None


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


# ---- the loop's socket operations ----
# Each is installed on the loop class as a method (the loop is `self`).

def _check_nonblocking(loop, sock):
    if loop.get_debug() and sock.gettimeout() != 0:
        raise ValueError('the socket must be non-blocking')


async def sock_recv(self, sock, n):
    _check_nonblocking(self, sock)
    try:
        return sock.recv(n)
    except (BlockingIOError, InterruptedError):
        pass
    fut = self.create_future()
    fd = sock.fileno()
    self.add_reader(fd, _sock_recv_ready, fut, sock, n)
    fut.add_done_callback(_ReadDone(self, fd))
    return await fut


def _sock_recv_ready(fut, sock, n):
    if fut.done():
        return
    try:
        data = sock.recv(n)
    except (BlockingIOError, InterruptedError):
        return
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        fut.set_exception(exc)
    else:
        fut.set_result(data)


async def sock_recv_into(self, sock, buf):
    _check_nonblocking(self, sock)
    try:
        return sock.recv_into(buf)
    except (BlockingIOError, InterruptedError):
        pass
    fut = self.create_future()
    fd = sock.fileno()
    self.add_reader(fd, _sock_recv_into_ready, fut, sock, buf)
    fut.add_done_callback(_ReadDone(self, fd))
    return await fut


def _sock_recv_into_ready(fut, sock, buf):
    if fut.done():
        return
    try:
        n = sock.recv_into(buf)
    except (BlockingIOError, InterruptedError):
        return
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        fut.set_exception(exc)
    else:
        fut.set_result(n)


async def sock_sendall(self, sock, data):
    _check_nonblocking(self, sock)
    try:
        n = sock.send(data)
    except (BlockingIOError, InterruptedError):
        n = 0
    if n == len(data):
        return
    fut = self.create_future()
    fd = sock.fileno()
    self.add_writer(fd, _sock_sendall_ready, fut, sock, bytes(data), [n])
    fut.add_done_callback(_WriteDone(self, fd))
    return await fut


def _sock_sendall_ready(fut, sock, data, pos):
    if fut.done():
        return
    start = pos[0]
    try:
        n = sock.send(data[start:])
    except (BlockingIOError, InterruptedError):
        return
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        fut.set_exception(exc)
        return
    start += n
    if start == len(data):
        fut.set_result(None)
    else:
        pos[0] = start


async def sock_connect(self, sock, address):
    _check_nonblocking(self, sock)
    if sock.family == _AF_INET or sock.family == _AF_INET6:
        resolved = await _ensure_resolved(self, address, family=sock.family, type=sock.type,
                                          proto=sock.proto)
        address = resolved[0][4]
    fut = self.create_future()
    _sock_connect_start(self, fut, sock, address)
    return await fut


def _sock_connect_start(loop, fut, sock, address):
    fd = sock.fileno()
    try:
        sock.connect(address)
    except (BlockingIOError, InterruptedError):
        loop.add_writer(fd, _sock_connect_ready, fut, sock, address)
        fut.add_done_callback(_WriteDone(loop, fd))
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        fut.set_exception(exc)
    else:
        fut.set_result(None)


def _sock_connect_ready(fut, sock, address):
    if fut.done():
        return
    try:
        err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        if err != 0:
            raise OSError(err, f'Connect call failed {address}')
    except (BlockingIOError, InterruptedError):
        pass
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        fut.set_exception(exc)
    else:
        fut.set_result(None)


async def sock_accept(self, sock):
    _check_nonblocking(self, sock)
    fut = self.create_future()
    _sock_accept_ready(self, fut, sock, False)
    return await fut


def _sock_accept_ready(loop, fut, sock, registered=True):
    if fut.done():
        return
    try:
        conn, address = sock.accept()
        conn.setblocking(False)
    except (BlockingIOError, InterruptedError):
        if not registered:
            fd = sock.fileno()
            loop.add_reader(fd, _sock_accept_ready, loop, fut, sock)
            fut.add_done_callback(_ReadDone(loop, fd))
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        fut.set_exception(exc)
    else:
        fut.set_result((conn, address))


class _ReadDone:
    # Stops watching fd once the future of a sock_* operation is done.
    __slots__ = ('loop', 'fd')

    def __init__(self, loop, fd):
        self.loop = loop
        self.fd = fd

    def __call__(self, fut):
        self.loop.remove_reader(self.fd)


class _WriteDone(_ReadDone):
    __slots__ = ()

    def __call__(self, fut):
        self.loop.remove_writer(self.fd)


async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
    # Krait has no thread pool: the lookup runs here (numeric hosts and the hosts file
    # answer at once).
    return socket.getaddrinfo(host, port, family, type, proto, flags)


def _ipaddr_info(host, port, family, type, proto, flowinfo=0, scopeid=0):
    # The getaddrinfo() answer for a host that is already a numeric address, or None.
    if proto not in (0, socket.IPPROTO_TCP, socket.IPPROTO_UDP) or host is None:
        return None
    if type == _SOCK_STREAM:
        proto = socket.IPPROTO_TCP
    elif type == socket.SOCK_DGRAM:
        proto = socket.IPPROTO_UDP
    else:
        return None
    if port is None or port == b'' or port == '':
        port = 0
    else:
        try:
            port = int(port)
        except (TypeError, ValueError):
            return None
    families = [_AF_INET, _AF_INET6] if family == socket.AF_UNSPEC else [family]
    if isinstance(host, bytes):
        host = host.decode('idna')
    if '%' in host:
        return None
    for af in families:
        try:
            socket.inet_pton(af, host)
        except OSError:
            continue
        if af == _AF_INET6:
            return af, type, proto, '', (host, port, flowinfo, scopeid)
        return af, type, proto, '', (host, port)
    return None


async def _ensure_resolved(loop, address, *, family=0, type=_SOCK_STREAM, proto=0, flags=0):
    host, port = address[:2]
    info = _ipaddr_info(host, port, family, type, proto, *address[2:])
    if info is not None:
        return [info]
    return await loop.getaddrinfo(host, port, family=family, type=type, proto=proto, flags=flags)


# ---- connections ----

def _make_socket_transport(loop, sock, protocol, waiter=None, *, extra=None, server=None):
    return _SelectorSocketTransport(loop, sock, protocol, waiter, extra, server)


async def _connect_sock(loop, exceptions, addr_info, local_addr_infos=None):
    my_exceptions = []
    exceptions.append(my_exceptions)
    family, type_, proto, _, address = addr_info
    sock = None
    try:
        sock = socket.socket(family=family, type=type_, proto=proto)
        sock.setblocking(False)
        if local_addr_infos is not None:
            for lfamily, _, _, _, laddr in local_addr_infos:
                if lfamily != family:
                    continue
                try:
                    sock.bind(laddr)
                    break
                except OSError as exc:
                    msg = f'error while attempting to bind on address {laddr!r}: {exc.strerror.lower()}'
                    my_exceptions.append(OSError(exc.errno, msg))
            else:
                if my_exceptions:
                    raise my_exceptions.pop()
                raise OSError(f'no matching local address with family={family!r} found')
        await loop.sock_connect(sock, address)
        return sock
    except OSError as exc:
        my_exceptions.append(exc)
        if sock is not None:
            sock.close()
        raise
    except:
        if sock is not None:
            sock.close()
        raise


def _check_no_ssl(ssl, server_hostname=None, ssl_handshake_timeout=None, ssl_shutdown_timeout=None):
    if ssl:
        raise NotImplementedError('Krait has no ssl support')
    if server_hostname is not None:
        raise ValueError('server_hostname is only meaningful with ssl')
    if ssl_handshake_timeout is not None:
        raise ValueError('ssl_handshake_timeout is only meaningful with ssl')
    if ssl_shutdown_timeout is not None:
        raise ValueError('ssl_shutdown_timeout is only meaningful with ssl')


async def create_connection(self, protocol_factory, host=None, port=None, *, ssl=None, family=0, proto=0,
                            flags=0, sock=None, local_addr=None, server_hostname=None,
                            ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
                            happy_eyeballs_delay=None, interleave=None):
    _check_no_ssl(ssl, server_hostname, ssl_handshake_timeout, ssl_shutdown_timeout)
    if host is not None or port is not None:
        if sock is not None:
            raise ValueError('host/port and sock can not be specified at the same time')
        infos = await _ensure_resolved(self, (host, port), family=family, type=_SOCK_STREAM,
                                       proto=proto, flags=flags)
        if not infos:
            raise OSError('getaddrinfo() returned empty list')
        laddr_infos = None
        if local_addr is not None:
            laddr_infos = await _ensure_resolved(self, local_addr, family=family, type=_SOCK_STREAM,
                                                 proto=proto, flags=flags)
            if not laddr_infos:
                raise OSError('getaddrinfo() returned empty list')
        if interleave is None and happy_eyeballs_delay is not None:
            interleave = 1
        if interleave:
            infos = _interleave_addrinfos(infos, interleave)
        exceptions = []
        for addrinfo in infos:
            try:
                sock = await _connect_sock(self, exceptions, addrinfo, laddr_infos)
                break
            except OSError:
                continue
        if sock is None:
            exceptions = [exc for sub in exceptions for exc in sub]
            try:
                if len(exceptions) == 1:
                    raise exceptions[0]
                model = str(exceptions[0])
                if all(str(exc) == model for exc in exceptions):
                    raise exceptions[0]
                raise OSError('Multiple exceptions: {}'.format(', '.join(str(exc) for exc in exceptions)))
            finally:
                exceptions = None
    else:
        if sock is None:
            raise ValueError('host and port was not specified and no sock specified')
        if sock.type != _SOCK_STREAM:
            raise ValueError(f'A Stream Socket was expected, got {sock!r}')
    return await _create_connection_transport(self, sock, protocol_factory)


def _interleave_addrinfos(addrinfos, first_address_family_count=1):
    by_family = {}
    for addr in addrinfos:
        by_family.setdefault(addr[0], []).append(addr)
    lists = list(by_family.values())
    reordered = []
    if first_address_family_count > 1:
        reordered.extend(lists[0][:first_address_family_count - 1])
        del lists[0][:first_address_family_count - 1]
    longest = max((len(l) for l in lists), default=0)
    for i in range(longest):
        for l in lists:
            if i < len(l):
                reordered.append(l[i])
    return reordered


async def _create_connection_transport(loop, sock, protocol_factory):
    sock.setblocking(False)
    protocol = protocol_factory()
    waiter = loop.create_future()
    transport = _SelectorSocketTransport(loop, sock, protocol, waiter)
    try:
        await waiter
    except:
        transport.close()
        raise
    return transport, protocol


async def connect_accepted_socket(self, protocol_factory, sock, *, ssl=None, ssl_handshake_timeout=None,
                                  ssl_shutdown_timeout=None):
    if sock.type != _SOCK_STREAM:
        raise ValueError(f'A Stream Socket was expected, got {sock!r}')
    _check_no_ssl(ssl, None, ssl_handshake_timeout, ssl_shutdown_timeout)
    return await _create_connection_transport(self, sock, protocol_factory)


async def create_unix_connection(self, protocol_factory, path=None, *, ssl=None, sock=None,
                                 server_hostname=None, ssl_handshake_timeout=None,
                                 ssl_shutdown_timeout=None):
    _check_no_ssl(ssl, server_hostname, ssl_handshake_timeout, ssl_shutdown_timeout)
    if path is not None:
        if sock is not None:
            raise ValueError('path and sock can not be specified at the same time')
        path = _fspath(path)
        sock = socket.socket(socket.AF_UNIX, _SOCK_STREAM, 0)
        try:
            sock.setblocking(False)
            await self.sock_connect(sock, path)
        except:
            sock.close()
            raise
    else:
        if sock is None:
            raise ValueError('no path and sock were specified')
        if sock.family != socket.AF_UNIX or sock.type != _SOCK_STREAM:
            raise ValueError(f'A UNIX Domain Stream Socket was expected, got {sock!r}')
    return await _create_connection_transport(self, sock, protocol_factory)


def _fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    fspath = getattr(type(path), '__fspath__', None)
    if fspath is None:
        raise TypeError(f'expected str, bytes or os.PathLike object, not {type(path).__name__}')
    return fspath(path)


# ---- servers ----

class AbstractServer:
    """The interface of the servers create_server() returns."""
    __module__ = 'asyncio.events'

    def close(self):
        raise NotImplementedError

    def get_loop(self):
        raise NotImplementedError

    def is_serving(self):
        raise NotImplementedError

    async def start_serving(self):
        raise NotImplementedError

    async def serve_forever(self):
        raise NotImplementedError

    async def wait_closed(self):
        raise NotImplementedError

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


class Server(AbstractServer):
    """Listening sockets and the connections accepted from them."""
    __module__ = 'asyncio.base_events'

    def __init__(self, loop, sockets, protocol_factory, ssl_context, backlog, ssl_handshake_timeout,
                 ssl_shutdown_timeout=None):
        self._loop = loop
        self._sockets = sockets
        self._active_count = 0          # transports of this server still open
        self._waiters = []              # wait_closed() futures
        self._protocol_factory = protocol_factory
        self._backlog = backlog
        self._ssl_context = ssl_context
        self._ssl_handshake_timeout = ssl_handshake_timeout
        self._ssl_shutdown_timeout = ssl_shutdown_timeout
        self._serving = False
        self._serving_forever_fut = None

    def __repr__(self):
        return f'<{self.__class__.__name__} sockets={self.sockets!r}>'

    def _attach(self):
        assert self._sockets is not None
        self._active_count += 1

    def _detach(self):
        assert self._active_count > 0
        self._active_count -= 1
        if self._active_count == 0 and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters = self._waiters
        self._waiters = None
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(waiter)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for sock in self._sockets:
            sock.listen(self._backlog)
            _start_serving(self._loop, self._protocol_factory, sock, self, self._backlog)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(TransportSocket(s) for s in self._sockets)

    def close(self):
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for sock in sockets:
            _stop_serving(self._loop, sock)
        self._serving = False
        fut = self._serving_forever_fut
        if fut is not None and not fut.done():
            fut.cancel()
            self._serving_forever_fut = None
        if self._active_count == 0:
            self._wakeup()

    async def start_serving(self):
        self._start_serving()
        await _sleep(0)

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(f'server {self!r} is already being awaited on serve_forever()')
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except _asyncio.CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        # As in CPython 3.11: returns at once once close() was called.
        if self._sockets is None or self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter


def _start_serving(loop, protocol_factory, sock, server, backlog):
    loop.add_reader(sock.fileno(), _accept_connection, loop, protocol_factory, sock, server, backlog)


def _stop_serving(loop, sock):
    loop.remove_reader(sock.fileno())
    sock.close()


def _accept_connection(loop, protocol_factory, sock, server, backlog):
    for _ in range(backlog):
        try:
            conn, addr = sock.accept()
            conn.setblocking(False)
        except (BlockingIOError, InterruptedError, ConnectionAbortedError):
            return
        except OSError as exc:
            if exc.errno not in (_EMFILE, _ENFILE, _ENOBUFS, _ENOMEM):
                raise
            # Out of descriptors or memory: stop accepting for a while.
            loop.call_exception_handler({
                'message': 'socket.accept() out of system resource',
                'exception': exc,
                'socket': TransportSocket(sock),
            })
            loop.remove_reader(sock.fileno())
            loop.call_later(_ACCEPT_RETRY_DELAY, _start_serving, loop, protocol_factory, sock, server,
                            backlog)
        else:
            loop.create_task(_accept_connection2(loop, protocol_factory, conn, {'peername': addr}, server))


async def _accept_connection2(loop, protocol_factory, conn, extra, server):
    protocol = None
    transport = None
    try:
        protocol = protocol_factory()
        waiter = loop.create_future()
        transport = _SelectorSocketTransport(loop, conn, protocol, waiter, extra, server)
        try:
            await waiter
        except BaseException:
            transport.close()
            raise
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        if loop.get_debug():
            context = {'message': 'Error on transport creation for incoming connection', 'exception': exc}
            if protocol is not None:
                context['protocol'] = protocol
            if transport is not None:
                context['transport'] = transport
            loop.call_exception_handler(context)


async def _create_server_getaddrinfo(loop, host, port, family, flags):
    infos = await _ensure_resolved(loop, (host, port), family=family, type=_SOCK_STREAM, flags=flags)
    if not infos:
        raise OSError(f'getaddrinfo({host!r}) returned empty list')
    return infos


async def create_server(self, protocol_factory, host=None, port=None, *, family=socket.AF_UNSPEC,
                        flags=socket.AI_PASSIVE, sock=None, backlog=100, ssl=None, reuse_address=None,
                        reuse_port=None, ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
                        start_serving=True):
    if isinstance(ssl, bool):
        raise TypeError('ssl argument must be an SSLContext or None')
    _check_no_ssl(ssl, None, ssl_handshake_timeout, ssl_shutdown_timeout)
    if host is not None or port is not None:
        if sock is not None:
            raise ValueError('host/port and sock can not be specified at the same time')
        if reuse_address is None:
            reuse_address = True
        if host == '':
            hosts = [None]
        elif isinstance(host, str) or not hasattr(host, '__iter__'):
            hosts = [host]
        else:
            hosts = host
        infos = await _asyncio.gather(*[_create_server_getaddrinfo(self, h, port, family, flags)
                                        for h in hosts])
        unique = []
        for group in infos:
            for info in group:
                if info not in unique:
                    unique.append(info)
        sockets = []
        completed = False
        try:
            for af, socktype, proto, canonname, sa in unique:
                try:
                    sock = socket.socket(af, socktype, proto)
                except OSError:
                    continue
                sockets.append(sock)
                if reuse_address:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, True)
                if reuse_port:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
                if af == _AF_INET6:
                    sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, True)
                try:
                    sock.bind(sa)
                except OSError as err:
                    raise OSError(err.errno, 'error while attempting to bind on address %r: %s'
                                  % (sa, err.strerror.lower())) from None
            completed = True
        finally:
            if not completed:
                for sock in sockets:
                    sock.close()
    else:
        if sock is None:
            raise ValueError('Neither host/port nor sock were specified')
        if sock.type != _SOCK_STREAM:
            raise ValueError(f'A Stream Socket was expected, got {sock!r}')
        sockets = [sock]
    for sock in sockets:
        sock.setblocking(False)
    server = Server(self, sockets, protocol_factory, ssl, backlog, ssl_handshake_timeout, ssl_shutdown_timeout)
    if start_serving:
        server._start_serving()
        await _sleep(0)
    return server


async def create_unix_server(self, protocol_factory, path=None, *, sock=None, backlog=100, ssl=None,
                             ssl_handshake_timeout=None, ssl_shutdown_timeout=None, start_serving=True):
    if isinstance(ssl, bool):
        raise TypeError('ssl argument must be an SSLContext or None')
    _check_no_ssl(ssl, None, ssl_handshake_timeout, ssl_shutdown_timeout)
    if path is not None:
        if sock is not None:
            raise ValueError('path and sock can not be specified at the same time')
        path = _fspath(path)
        sock = socket.socket(socket.AF_UNIX, _SOCK_STREAM)
        if path[0] not in (0, '\x00'):
            # A socket file left by an earlier server is removed, as CPython does.
            import os
            try:
                if (os.stat(path).st_mode & 0o170000) == 0o140000:
                    os.remove(path)
            except FileNotFoundError:
                pass
        try:
            sock.bind(path)
        except OSError as exc:
            sock.close()
            if exc.errno == 98:
                raise OSError(98, f'Address {path!r} is already in use') from None
            raise
        except:
            sock.close()
            raise
    else:
        if sock is None:
            raise ValueError('path was not specified, and no sock specified')
        if sock.family != socket.AF_UNIX or sock.type != _SOCK_STREAM:
            raise ValueError(f'A UNIX Domain Stream Socket was expected, got {sock!r}')
    sock.setblocking(False)
    server = Server(self, [sock], protocol_factory, ssl, backlog, ssl_handshake_timeout, ssl_shutdown_timeout)
    if start_serving:
        server._start_serving()
        await _sleep(0)
    return server


# ---- streams ----

async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    loop = get_running_loop()
    reader = StreamReader(limit=limit, loop=loop)
    protocol = StreamReaderProtocol(reader, loop=loop)
    transport, _ = await loop.create_connection(lambda: protocol, host, port, **kwds)
    writer = StreamWriter(transport, protocol, reader, loop)
    return reader, writer


async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    loop = get_running_loop()

    def factory():
        reader = StreamReader(limit=limit, loop=loop)
        return StreamReaderProtocol(reader, client_connected_cb, loop=loop)

    return await loop.create_server(factory, host, port, **kwds)


async def open_unix_connection(path=None, *, limit=_DEFAULT_LIMIT, **kwds):
    loop = get_running_loop()
    reader = StreamReader(limit=limit, loop=loop)
    protocol = StreamReaderProtocol(reader, loop=loop)
    transport, _ = await loop.create_unix_connection(lambda: protocol, path, **kwds)
    writer = StreamWriter(transport, protocol, reader, loop)
    return reader, writer


async def start_unix_server(client_connected_cb, path=None, *, limit=_DEFAULT_LIMIT, **kwds):
    loop = get_running_loop()

    def factory():
        reader = StreamReader(limit=limit, loop=loop)
        return StreamReaderProtocol(reader, client_connected_cb, loop=loop)

    return await loop.create_unix_server(factory, path, **kwds)


class FlowControlMixin(Protocol):
    """Protocol side of StreamWriter.drain(): waits while the transport has paused writing."""
    __module__ = 'asyncio.streams'

    def __init__(self, loop=None):
        self._loop = _asyncio._get_event_loop() if loop is None else loop
        self._paused = False
        self._drain_waiters = []
        self._connection_lost = False

    def pause_writing(self):
        assert not self._paused
        self._paused = True

    def resume_writing(self):
        assert self._paused
        self._paused = False
        for waiter in self._drain_waiters:
            if not waiter.done():
                waiter.set_result(None)

    def connection_lost(self, exc):
        self._connection_lost = True
        if not self._paused:
            return
        for waiter in self._drain_waiters:
            if not waiter.done():
                if exc is None:
                    waiter.set_result(None)
                else:
                    waiter.set_exception(exc)

    async def _drain_helper(self):
        if self._connection_lost:
            raise ConnectionResetError('Connection lost')
        if not self._paused:
            return
        waiter = self._loop.create_future()
        self._drain_waiters.append(waiter)
        try:
            await waiter
        finally:
            self._drain_waiters.remove(waiter)

    def _get_close_waiter(self, stream):
        raise NotImplementedError


_flow_drain_helper = FlowControlMixin._drain_helper


class StreamReaderProtocol(FlowControlMixin, Protocol):
    """Feeds a StreamReader from a transport; with client_connected_cb (servers) it also
    makes the StreamWriter and starts the callback for each connection."""
    __module__ = 'asyncio.streams'

    _source_traceback = None

    def __init__(self, stream_reader, client_connected_cb=None, loop=None):
        super().__init__(loop=loop)
        self._stream_reader = stream_reader
        self._reject_connection = False
        self._stream_writer = None
        self._task = None
        self._transport = None
        self._client_connected_cb = client_connected_cb
        self._over_ssl = False
        self._closed = self._loop.create_future()

    def _replace_writer(self, writer):
        transport = writer.transport
        self._stream_writer = writer
        self._transport = transport
        self._over_ssl = transport.get_extra_info('sslcontext') is not None

    def connection_made(self, transport):
        if self._reject_connection:
            self._loop.call_exception_handler({
                'message': ('An open stream was garbage collected prior to establishing network '
                            'connection; call "stream.close()" explicitly.')
            })
            transport.abort()
            return
        self._transport = transport
        reader = self._stream_reader
        if reader is not None:
            reader.set_transport(transport)
        self._over_ssl = transport.get_extra_info('sslcontext') is not None
        if self._client_connected_cb is not None:
            self._stream_writer = StreamWriter(transport, self, reader, self._loop)
            res = self._client_connected_cb(reader, self._stream_writer)
            if _asyncio.iscoroutine(res):
                loop = self._loop

                def callback(task):
                    # A handler that fails is reported and its connection closed. (As in
                    # CPython 3.11.7, a cancelled handler makes exception() raise here.)
                    exc = task.exception()
                    if exc is not None:
                        loop.call_exception_handler({
                            'message': 'Unhandled exception in client_connected_cb',
                            'exception': exc,
                            'transport': transport,
                        })
                        transport.close()

                self._task = loop.create_task(res)
                self._task.add_done_callback(callback)

    def connection_lost(self, exc):
        reader = self._stream_reader
        if reader is not None:
            if exc is None:
                reader.feed_eof()
            else:
                reader.set_exception(exc)
        closed = self._closed
        if not closed.done():
            if exc is None:
                closed.set_result(None)
            else:
                closed.set_exception(exc)
                # Nobody has to wait for it: never report it as unretrieved.
                closed.exception()
        super().connection_lost(exc)
        self._stream_reader = None
        self._stream_writer = None
        self._task = None
        self._transport = None

    def data_received(self, data):
        reader = self._stream_reader
        if reader is not None:
            reader.feed_data(data)

    def eof_received(self):
        reader = self._stream_reader
        if reader is not None:
            reader.feed_eof()
        if self._over_ssl:
            return False
        return True

    def _get_close_waiter(self, stream):
        return self._closed


class StreamWriter:
    """The writing half of a stream: write() never blocks; drain() waits for the transport's
    buffer to go down when it is full."""
    __module__ = 'asyncio.streams'

    def __init__(self, transport, protocol, reader, loop):
        self._transport = transport
        self._protocol = protocol
        assert reader is None or isinstance(reader, StreamReader)
        self._reader = reader
        self._loop = loop

    def __repr__(self):
        info = [self.__class__.__name__, f'transport={self._transport!r}']
        if self._reader is not None:
            info.append(f'reader={self._reader!r}')
        return '<{}>'.format(' '.join(info))

    @property
    def transport(self):
        return self._transport

    def write(self, data):
        self._transport.write(data)

    def writelines(self, data):
        self._transport.writelines(data)

    def write_eof(self):
        return self._transport.write_eof()

    def can_write_eof(self):
        return self._transport.can_write_eof()

    def close(self):
        return self._transport.close()

    def is_closing(self):
        return self._transport.is_closing()

    async def wait_closed(self):
        await self._protocol._get_close_waiter(self)

    def get_extra_info(self, name, default=None):
        return self._transport.get_extra_info(name, default)

    async def drain(self):
        reader = self._reader
        if reader is not None:
            exc = reader._exception
            if exc is not None:
                raise exc
        transport = self._transport
        if transport._closing if type(transport) is _SelectorSocketTransport else transport.is_closing():
            # Let connection_lost() run first, so that the error below is the right one.
            await _sleep(0)
        protocol = self._protocol
        if type(protocol)._drain_helper is _flow_drain_helper:
            # The usual protocol: nothing to wait for unless writing is paused or lost.
            if protocol._paused or protocol._connection_lost:
                await protocol._drain_helper()
        else:
            await protocol._drain_helper()

    async def start_tls(self, sslcontext, *, server_hostname=None, ssl_handshake_timeout=None):
        raise NotImplementedError('Krait has no ssl support')


class StreamReader:
    """The reading half of a stream: a buffer that feed_data() fills and the read methods
    drain, waiting for more when it holds too little."""
    __module__ = 'asyncio.streams'

    _source_traceback = None

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        self._loop = _asyncio._get_event_loop() if loop is None else loop
        self._buffer = bytearray()
        self._eof = False
        self._waiter = None         # the future a read waits on for feed_data() or feed_eof()
        self._exception = None
        self._transport = None
        self._paused = False        # the transport was paused because the buffer is full

    def __repr__(self):
        info = ['StreamReader']
        if self._buffer:
            info.append(f'{len(self._buffer)} bytes')
        if self._eof:
            info.append('eof')
        if self._limit != _DEFAULT_LIMIT:
            info.append(f'limit={self._limit}')
        if self._waiter:
            info.append(f'waiter={self._waiter!r}')
        if self._exception:
            info.append(f'exception={self._exception!r}')
        if self._transport:
            info.append(f'transport={self._transport!r}')
        if self._paused:
            info.append('paused')
        return '<{}>'.format(' '.join(info))

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_exception(exc)

    def _wakeup_waiter(self):
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_result(None)

    def set_transport(self, transport):
        assert self._transport is None, 'Transport already set'
        self._transport = transport

    def _maybe_resume_transport(self):
        if self._paused and len(self._buffer) <= self._limit:
            self._paused = False
            self._transport.resume_reading()

    def feed_eof(self):
        self._eof = True
        self._wakeup_waiter()

    def at_eof(self):
        return self._eof and not self._buffer

    def feed_data(self, data):
        assert not self._eof, 'feed_data after feed_eof'
        if not data:
            return
        buffer = self._buffer
        buffer.extend(data)
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_result(None)
        if len(buffer) > 2 * self._limit and self._transport is not None and not self._paused:
            try:
                self._transport.pause_reading()
            except NotImplementedError:
                # A transport that cannot pause: stop trying.
                self._transport = None
            else:
                self._paused = True

    def _new_waiter(self, func_name):
        # The future a read awaits until feed_data() or feed_eof(); the reader's transport
        # resumes if the buffer had paused it. The caller clears _waiter when woken.
        if self._waiter is not None:
            raise RuntimeError(f'{func_name}() called while another coroutine is already waiting for '
                               f'incoming data')
        assert not self._eof, '_wait_for_data after EOF'
        if self._paused:
            self._paused = False
            self._transport.resume_reading()
        waiter = self._waiter = self._loop.create_future()
        return waiter

    async def _wait_for_data(self, func_name):
        waiter = self._new_waiter(func_name)
        try:
            await waiter
        finally:
            self._waiter = None

    async def readline(self):
        # readuntil(b'\n') inlined for lines within the limit; the limit errors and their
        # conversion to ValueError take the general path.
        if self._exception is not None:
            raise self._exception
        buffer = self._buffer
        offset = 0
        while True:
            isep = buffer.find(b'\n', offset)
            if isep != -1:
                break
            offset = len(buffer)
            if offset > self._limit:
                return await self._readline_general()
            if self._eof:
                line = bytes(buffer)
                buffer.clear()
                return line
            waiter = self._new_waiter('readuntil')
            try:
                await waiter
            finally:
                self._waiter = None
        if isep > self._limit:
            return await self._readline_general()
        end = isep + 1
        if end == len(buffer):
            line = bytes(buffer)
            buffer.clear()
        else:
            line = bytes(buffer[:end])
            del buffer[:end]
        if self._paused:
            self._maybe_resume_transport()
        return line

    async def _readline_general(self):
        try:
            return await self.readuntil(b'\n')
        except IncompleteReadError as e:
            return e.partial
        except LimitOverrunError as e:
            buffer = self._buffer
            if buffer.startswith(b'\n', e.consumed):
                del buffer[:e.consumed + 1]
            else:
                buffer.clear()
            self._maybe_resume_transport()
            raise ValueError(e.args[0])

    async def readuntil(self, separator=b'\n'):
        seplen = len(separator)
        if seplen == 0:
            raise ValueError('Separator should be at least one-byte string')
        if self._exception is not None:
            raise self._exception
        buffer = self._buffer
        # Where the search resumes after more data comes: the separator may straddle it.
        offset = 0
        while True:
            buflen = len(buffer)
            if buflen - offset >= seplen:
                isep = buffer.find(separator, offset)
                if isep != -1:
                    break
                offset = buflen + 1 - seplen
                if offset > self._limit:
                    raise LimitOverrunError('Separator is not found, and chunk exceed the limit', offset)
            if self._eof:
                chunk = bytes(buffer)
                buffer.clear()
                raise IncompleteReadError(chunk, None)
            waiter = self._new_waiter('readuntil')
            try:
                await waiter
            finally:
                self._waiter = None
        if isep > self._limit:
            raise LimitOverrunError('Separator is found, but chunk is longer than limit', isep)
        end = isep + seplen
        if end == len(buffer):
            chunk = bytes(buffer)
            buffer.clear()
        else:
            chunk = bytes(buffer[:end])
            del buffer[:end]
        if self._paused:
            self._maybe_resume_transport()
        return chunk

    async def read(self, n=-1):
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        if n < 0:
            blocks = []
            while True:
                block = await self.read(self._limit)
                if not block:
                    break
                blocks.append(block)
            return b''.join(blocks)
        buffer = self._buffer
        if not buffer and not self._eof:
            waiter = self._new_waiter('read')
            try:
                await waiter
            finally:
                self._waiter = None
        if len(buffer) <= n:
            data = bytes(buffer)
            buffer.clear()
        else:
            data = bytes(buffer[:n])
            del buffer[:n]
        if self._paused:
            self._maybe_resume_transport()
        return data

    async def readexactly(self, n):
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        buffer = self._buffer
        while len(buffer) < n:
            if self._eof:
                incomplete = bytes(buffer)
                buffer.clear()
                raise IncompleteReadError(incomplete, n)
            waiter = self._new_waiter('readexactly')
            try:
                await waiter
            finally:
                self._waiter = None
        if len(buffer) == n:
            data = bytes(buffer)
            buffer.clear()
        else:
            data = bytes(buffer[:n])
            del buffer[:n]
        if self._paused:
            self._maybe_resume_transport()
        return data

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if line == b'':
            raise StopAsyncIteration
        return line


# ---- installing the loop methods ----

def _install(loop_class):
    for name, func in (('sock_recv', sock_recv), ('sock_recv_into', sock_recv_into),
                       ('sock_sendall', sock_sendall), ('sock_connect', sock_connect),
                       ('sock_accept', sock_accept), ('getaddrinfo', getaddrinfo),
                       ('create_connection', create_connection), ('create_server', create_server),
                       ('create_unix_connection', create_unix_connection),
                       ('create_unix_server', create_unix_server),
                       ('connect_accepted_socket', connect_accepted_socket)):
        func.__qualname__ = f'{loop_class.__name__}.{name}'
        setattr(loop_class, name, func)


_install(_asyncio.BaseEventLoop)
_create_connection = create_connection
_create_server = create_server
