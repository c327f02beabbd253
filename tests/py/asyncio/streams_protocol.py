# create_server/create_connection with Protocol classes: the order of protocol events on
# both sides, transport extra info, write buffering, pause/resume of reading, write_eof,
# close and abort. Events are logged per side and printed at the end.
import asyncio

log = []


class ServerProto(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        log.append(('server', 'connection_made', type(transport).__name__,
                    transport.get_extra_info('peername')[0], transport.is_reading()))

    def data_received(self, data):
        log.append(('server', 'data_received', data))
        if data.startswith(b'PAUSE'):
            self.transport.pause_reading()
            log.append(('server', 'is_reading', self.transport.is_reading()))
            asyncio.get_running_loop().call_later(0.05, self.resume)
        self.transport.write(data.upper())

    def resume(self):
        self.transport.resume_reading()
        log.append(('server', 'resumed', self.transport.is_reading()))

    def eof_received(self):
        log.append(('server', 'eof_received'))
        self.transport.write(b'BYE')
        self.transport.close()
        log.append(('server', 'is_closing', self.transport.is_closing()))

    def connection_lost(self, exc):
        log.append(('server', 'connection_lost', exc))


class ClientProto(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.received = []
        self.waiter = None
        self.want = 0

    def connection_made(self, transport):
        log.append(('client', 'connection_made'))

    def data_received(self, data):
        self.received.append(data)
        if self.waiter is not None and len(b''.join(self.received)) >= self.want:
            self.waiter.set_result(None)
            self.waiter = None

    async def wait_for(self, total):
        # until `total` bytes have come back in all
        if len(b''.join(self.received)) < total:
            self.want = total
            self.waiter = asyncio.get_running_loop().create_future()
            await self.waiter

    def eof_received(self):
        log.append(('client', 'eof_received', b''.join(self.received)))
        return None   # falsy: the transport closes itself

    def connection_lost(self, exc):
        log.append(('client', 'connection_lost', exc))
        self.done.set_result(True)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(ServerProto, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    done = loop.create_future()
    transport, proto = await loop.create_connection(lambda: ClientProto(done), '127.0.0.1', port)
    print('client transport:', type(transport).__name__, 'protocol is ours:', isinstance(proto, ClientProto))
    print('get_protocol:', transport.get_protocol() is proto)
    print('sockname host:', transport.get_extra_info('sockname')[0])
    print('peername port matches:', transport.get_extra_info('peername')[1] == port)
    sock = transport.get_extra_info('socket')
    print('socket:', type(sock).__name__, sock.family, sock.type, sock.gettimeout())
    print('missing key:', transport.get_extra_info('nope'), transport.get_extra_info('nope', 42))
    print('limits:', transport.get_write_buffer_limits(), 'size:', transport.get_write_buffer_size())
    transport.set_write_buffer_limits(high=1000)
    print('limits after set:', transport.get_write_buffer_limits())
    try:
        transport.set_write_buffer_limits(high=1, low=2)
    except ValueError as e:
        print('ValueError', e)
    print('can_write_eof:', transport.can_write_eof(), 'is_closing:', transport.is_closing())
    try:
        transport.write('text')
    except TypeError as e:
        print('TypeError', e)
    transport.write(b'')
    transport.write(b'hello')
    await proto.wait_for(5)
    transport.writelines([b'PAUSE', b'-me'])
    await proto.wait_for(13)
    transport.write(b'while paused')
    await proto.wait_for(25)
    transport.write_eof()
    try:
        transport.write(b'late')
    except RuntimeError as e:
        print('RuntimeError', e)
    await done
    print('client is_closing:', transport.is_closing())
    server.close()
    await server.wait_closed()
    for entry in log:
        print(*entry)

asyncio.run(main())
