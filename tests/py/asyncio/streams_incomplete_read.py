# Early EOF from the peer: readexactly/readuntil raise IncompleteReadError with
# the partial data; read(n)/readline return what is left, then b''.
import asyncio

async def handle(reader, writer):
    what = await reader.readline()
    if what == b'short\n':
        writer.write(b'12345')
    elif what == b'nosep\n':
        writer.write(b'no separator here')
    elif what == b'lines\n':
        writer.write(b'one\ntwo\nthree-without-newline')
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def request(port, what):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(what + b'\n')
    await writer.drain()
    return reader, writer

async def done(writer):
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]

    reader, writer = await request(port, b'short')
    try:
        await reader.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print('readexactly:', type(e).__name__, '|', e, '| partial', e.partial, 'expected', e.expected)
    print('at_eof:', reader.at_eof())
    await done(writer)

    reader, writer = await request(port, b'nosep')
    try:
        await reader.readuntil(b'\n')
    except asyncio.IncompleteReadError as e:
        print('readuntil:', e, '| partial', e.partial, 'expected', e.expected)
    await done(writer)

    reader, writer = await request(port, b'lines')
    lines = []
    while True:
        line = await reader.readline()
        lines.append(line)
        if not line:
            break
    print('readline until EOF:', lines)
    await done(writer)

    reader, writer = await request(port, b'nothing')
    print('read() on immediately closed stream:', await reader.read())
    try:
        await reader.readexactly(1)
    except asyncio.IncompleteReadError as e:
        print('readexactly(1) at EOF:', e, e.partial)
    print('readexactly(0):', await reader.readexactly(0))
    await done(writer)

    server.close()
    await server.wait_closed()

asyncio.run(main())
