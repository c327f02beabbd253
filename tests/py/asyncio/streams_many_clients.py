# Several concurrent clients against one server: per-connection handler tasks,
# each client gets its own replies; a shared counter of connections; results
# printed in client order (connection order itself is not deterministic).
import asyncio

connections = 0

async def handle(reader, writer):
    global connections
    connections += 1
    total = 0
    async for line in reader:
        n = int(line)
        total += n
        writer.write(b'%d\n' % total)
        await writer.drain()
    writer.write(b'bye\n')
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def client(port, ident, numbers):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    sums = []
    for n in numbers:
        writer.write(b'%d\n' % n)
        await writer.drain()
        sums.append(int(await reader.readline()))
        await asyncio.sleep(0)
    writer.write_eof()
    tail = await reader.read()
    writer.close()
    await writer.wait_closed()
    return ident, sums, tail

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    results = await asyncio.gather(*(client(port, 'c%d' % i, range(i, i + 4)) for i in range(6)))
    for r in results:
        print(*r)
    print('connections handled:', connections)
    server.close()
    await server.wait_closed()

asyncio.run(main())
