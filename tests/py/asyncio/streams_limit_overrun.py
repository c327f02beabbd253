# StreamReader limit over a socket: readuntil beyond the limit raises
# LimitOverrunError (with consumed) and leaves the data buffered, readline
# converts it to ValueError and drops the over-long chunk.
# The server sends everything in ONE small write so the client sees it in one
# piece (deterministic buffer contents).
import asyncio

PAYLOAD = b'0123456789ABCDEFGHIJ\n' + b'short\n' + b'abcdefghijklmnopqrstuvwxyz;ok;'

async def handle(reader, writer):
    writer.write(PAYLOAD)
    await writer.drain()
    await reader.read()          # wait until the client closes
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port, limit=8)
    try:
        await reader.readuntil(b'\n')
    except asyncio.LimitOverrunError as e:
        print('readuntil: LimitOverrunError |', e, '| consumed', e.consumed)
    print('data still buffered, readexactly(21):', await reader.readexactly(21))
    print('readline within limit:', await reader.readline())
    try:
        await reader.readline()
    except ValueError as e:
        print('readline: ValueError |', e, '| type', type(e).__name__)
    writer.write_eof()
    print('rest after readline dropped the chunk:', await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

asyncio.run(main())
