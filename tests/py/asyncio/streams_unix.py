# Unix-domain streams: start_unix_server/open_unix_connection on a path in /tmp; a second
# server on the same path replaces the socket file the first one left.
import asyncio
import os


async def handle(reader, writer):
    data = await reader.readline()
    writer.write(b'unix:' + data)
    await writer.drain()
    writer.close()


async def main():
    path = '/tmp/krait-streams-unix-%d.sock' % os.getpid()
    try:
        server = await asyncio.start_unix_server(handle, path)
        print('sockname is the path:', server.sockets[0].getsockname() == path)
        reader, writer = await asyncio.open_unix_connection(path)
        print('peername is the path:', writer.get_extra_info('peername') == path)
        writer.write(b'hello\n')
        print(await reader.read())
        writer.close()
        await writer.wait_closed()
        server.close()
        await server.wait_closed()
        # a second server on the same path replaces the stale socket file
        server = await asyncio.start_unix_server(handle, path)
        reader, writer = await asyncio.open_unix_connection(path)
        writer.write(b'again\n')
        print(await reader.read())
        writer.close()
        server.close()
        await server.wait_closed()
        print('socket file left behind:', os.path.exists(path))
    finally:
        if os.path.exists(path):
            os.remove(path)

asyncio.run(main())
