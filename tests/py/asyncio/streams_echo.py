# TCP echo over 127.0.0.1 port 0: start_server/open_connection, write/writelines/
# drain, readline/readexactly/readuntil/read, at_eof, write_eof, get_extra_info,
# close/is_closing/wait_closed, server sockets/is_serving/close/wait_closed.
# Server-side events are collected and printed at the end (client/server
# interleaving is not deterministic).
import asyncio

server_log = []

async def handle(reader, writer):
    peer = writer.get_extra_info('peername')
    server_log.append('server: client host ' + peer[0])
    while True:
        line = await reader.readline()
        if not line:
            server_log.append('server: EOF, at_eof=%s' % reader.at_eof())
            break
        server_log.append('server: got %r' % line)
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    sock = server.sockets[0]
    host, port = sock.getsockname()[:2]
    print('server host', host, 'port is int > 0:', isinstance(port, int) and port > 0)
    print('is_serving:', server.is_serving(), 'num sockets:', len(server.sockets))

    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print('client peername host:', writer.get_extra_info('peername')[0],
          'port matches:', writer.get_extra_info('peername')[1] == port)
    print('client sockname host:', writer.get_extra_info('sockname')[0])
    print('unknown extra info default:', writer.get_extra_info('no-such-key', 'dflt'))

    writer.write(b'hello\n')
    await writer.drain()
    print('readline:', await reader.readline())

    writer.writelines([b'abc', b'def\n', b'second line\n'])
    await writer.drain()
    print('readexactly(3):', await reader.readexactly(3))
    print('readuntil(b"\\n"):', await reader.readuntil(b'\n'))
    print('readuntil(b"LINE"):', await reader.readuntil(b'LINE'))
    print('readline rest:', await reader.readline())

    writer.write(b'x;y;z\n')
    await writer.drain()
    print('readuntil(b";"):', await reader.readuntil(b';'), await reader.readuntil(b';'))
    print('readexactly(2):', await reader.readexactly(2))
    print('can_write_eof:', writer.can_write_eof())
    print('is_closing before:', writer.is_closing())
    writer.write_eof()
    rest = await reader.read()
    print('read() after write_eof:', rest, 'at_eof:', reader.at_eof())
    print('read() at EOF again:', await reader.read(), await reader.readline())
    writer.close()
    print('is_closing after close:', writer.is_closing())
    await writer.wait_closed()
    print('client closed')

    server.close()
    await server.wait_closed()
    print('server closed, is_serving:', server.is_serving())
    for line in server_log:
        print(line)

asyncio.run(main())
