# Flow control: a large write is buffered by the transport and drain() waits until the
# peer has read enough; the protocol sees pause_writing/resume_writing; a StreamReader
# whose buffer passes twice its limit pauses the transport's reading and resumes it when
# drained.
import asyncio
import socket

PAYLOAD = bytes(range(256)) * 4096   # 1 MiB


def small_buffers(sock):
    # A small send buffer, so that 1 MiB cannot all go out at once on any machine.
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 8192)


async def slow_reader(reader, writer):
    total = 0
    while True:
        chunk = await reader.read(65536)
        if not chunk:
            break
        total += len(chunk)
        await asyncio.sleep(0)
    writer.write(b'%d\n' % total)
    await writer.drain()
    writer.close()


class Tracking(asyncio.Protocol):
    def __init__(self):
        self.events = []
        self.lost = asyncio.get_running_loop().create_future()

    def connection_made(self, transport):
        self.transport = transport

    def pause_writing(self):
        self.events.append('pause_writing')

    def resume_writing(self):
        self.events.append('resume_writing')

    def connection_lost(self, exc):
        self.lost.set_result(exc)


async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(slow_reader, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]

    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    small_buffers(writer.get_extra_info('socket'))
    writer.write(PAYLOAD)
    print('buffered after write:', writer.transport.get_write_buffer_size() > 0)
    await writer.drain()
    print('after drain, buffer at or below low water:',
          writer.transport.get_write_buffer_size() <= writer.transport.get_write_buffer_limits()[0])
    writer.write_eof()
    print('server counted:', await reader.readline())
    writer.close()
    await writer.wait_closed()

    # the same through a protocol: pause_writing/resume_writing
    transport, proto = await loop.create_connection(Tracking, '127.0.0.1', port)
    small_buffers(transport.get_extra_info('socket'))
    transport.write(PAYLOAD)
    while transport.get_write_buffer_size():
        await asyncio.sleep(0.001)
    transport.close()
    print('protocol events:', proto.events[:2], 'balanced:',
          proto.events.count('pause_writing') == proto.events.count('resume_writing'))
    print('connection_lost:', await proto.lost)

    # a reader with a small limit pauses the transport
    async def blast(reader, writer):
        writer.write(b'z' * 100000)
        await writer.drain()
        writer.close()

    server2 = await asyncio.start_server(blast, '127.0.0.1', 0)
    port2 = server2.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port2, limit=1024)
    while not reader._paused:
        await asyncio.sleep(0.001)
    print('reader paused:', reader._paused, 'transport reading:', writer.transport.is_reading())
    data = await reader.read()
    print('read everything:', len(data), 'paused now:', reader._paused)
    writer.close()
    await writer.wait_closed()
    for s in (server, server2):
        s.close()
        await s.wait_closed()

asyncio.run(main())
