# IPv6 echo on ::1 port 0: start_server/open_connection with an IPv6 literal,
# peername/sockname host parts, readline round trips.
import asyncio

async def handle(reader, writer):
    async for line in reader:
        writer.write(b'v6:' + line)
        await writer.drain()
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handle, '::1', 0)
    sockname = server.sockets[0].getsockname()
    print('server sockname host:', sockname[0], 'tuple length:', len(sockname))
    port = sockname[1]
    reader, writer = await asyncio.open_connection('::1', port)
    print('peername host:', writer.get_extra_info('peername')[0])
    print('sockname host:', writer.get_extra_info('sockname')[0])
    for msg in (b'alpha\n', b'beta\n'):
        writer.write(msg)
        await writer.drain()
        print(await reader.readline())
    writer.write_eof()
    print('EOF from server:', await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

asyncio.run(main())
