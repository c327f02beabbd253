# A client_connected_cb that raises: the loop's exception handler gets "Unhandled
# exception in client_connected_cb" with the exception, and the connection is closed, so
# the client sees EOF. A handler that is a plain function (not a coroutine) is called too.
import asyncio

reports = []


def handler(loop, context):
    reports.append((context['message'], repr(context.get('exception')),
                    type(context.get('transport')).__name__))


async def failing(reader, writer):
    await reader.readline()
    raise ValueError('handler failed')


def plain(reader, writer):
    reports.append(('plain callback called', type(reader).__name__, type(writer).__name__))
    writer.write(b'from a plain function\n')
    writer.close()


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    server = await asyncio.start_server(failing, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'go\n')
    print('client reads:', await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

    server = await asyncio.start_server(plain, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print('client reads:', await reader.read())
    writer.close()
    server.close()
    await server.wait_closed()
    await asyncio.sleep(0)
    for r in reports:
        print(*r)

asyncio.run(main())
