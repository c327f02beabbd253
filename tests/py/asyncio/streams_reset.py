# Connections that end badly: the peer resets (SO_LINGER 0), a transport is aborted, and
# writes after the connection is lost. Readers see ConnectionResetError, drain() raises
# 'Connection lost', wait_closed() re-raises the reset.
import asyncio
import socket

LINGER_ZERO = b'\x01\x00\x00\x00\x00\x00\x00\x00'
events = []


async def resetting_handler(reader, writer):
    await reader.readline()
    sock = writer.get_extra_info('socket')
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, LINGER_ZERO)
    writer.transport.abort()
    events.append('server aborted')


async def main():
    server = await asyncio.start_server(resetting_handler, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]

    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'hi\n')
    await writer.drain()
    try:
        await reader.read(100)
    except ConnectionResetError as e:
        print('read:', type(e).__name__, e)
    print('reader.exception():', repr(reader.exception()))
    try:
        await reader.readline()
    except ConnectionResetError:
        print('later readline raises it too')
    try:
        writer.write(b'more')
        await writer.drain()
    except ConnectionResetError as e:
        print('drain:', type(e).__name__, e)
    print('is_closing:', writer.is_closing())
    try:
        await writer.wait_closed()
    except ConnectionResetError as e:
        print('wait_closed:', type(e).__name__, e)
    writer.close()

    # abort on the client side: connection_lost(None), the reader gets EOF
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.transport.abort()
    print('after abort, is_closing:', writer.is_closing())
    print('read after abort:', await reader.read())
    await writer.wait_closed()
    print('wait_closed after abort: ok')
    try:
        await writer.drain()
    except ConnectionResetError as e:
        print('drain after abort:', e)

    server.close()
    await server.wait_closed()
    print(events)

    # connecting to a closed port
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except ConnectionRefusedError as e:
        print('refused:', type(e).__name__, e.errno, str(e).replace(str(port), 'PORT'))
    try:
        await asyncio.open_connection('::1', port)
    except ConnectionRefusedError as e:
        print('refused v6:', str(e).replace(str(port), 'PORT'))

asyncio.run(main())
