# Server lifecycle: async with server, start_serving=False + start_serving(),
# serve_forever() cancelled (server closed afterwards), get_loop(), connection
# refused after close.
import asyncio

async def handle(reader, writer):
    data = await reader.readline()
    writer.write(b'echo:' + data)
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def roundtrip(port, msg):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(msg)
    await writer.drain()
    reply = await reader.read()
    writer.close()
    await writer.wait_closed()
    return reply

async def main():
    loop = asyncio.get_running_loop()
    async with await asyncio.start_server(handle, '127.0.0.1', 0) as server:
        port = server.sockets[0].getsockname()[1]
        print('inside async with: serving', server.is_serving(), 'get_loop ok', server.get_loop() is loop)
        print(await roundtrip(port, b'one\n'))
    print('after async with: serving', server.is_serving())
    try:
        await roundtrip(port, b'two\n')
    except ConnectionRefusedError:
        print('connection refused after close')

    server = await asyncio.start_server(handle, '127.0.0.1', 0, start_serving=False)
    port = server.sockets[0].getsockname()[1]
    print('start_serving=False: serving', server.is_serving())
    await server.start_serving()
    print('after start_serving(): serving', server.is_serving())
    print(await roundtrip(port, b'three\n'))
    server.close()
    await server.wait_closed()

    server = await asyncio.start_server(handle, '127.0.0.1', 0, start_serving=False)
    port = server.sockets[0].getsockname()[1]
    sf = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0)
    print('serve_forever running: serving', server.is_serving())
    print(await roundtrip(port, b'four\n'))
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print('second serve_forever:', str(e).split(' <')[0], '...', str(e).split('> ')[-1])
    sf.cancel()
    try:
        await sf
    except asyncio.CancelledError:
        print('serve_forever cancelled; serving', server.is_serving())
    await server.wait_closed()
    print('sockets after close:', server.sockets)

asyncio.run(main())
