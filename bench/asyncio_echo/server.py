"""An asyncio echo server for bench/asyncio_echo/run.py; it runs unchanged under Krait and
CPython.

    krait server.py [MODE] [PORT]       (or python3.11 server.py ...)

MODE picks the API the server is written with:
  streams   start_server(); each connection's handler reads lines with readline() and
            writes each back with write() and drain() (the default)
  read      start_server(); the handler echoes whatever read(65536) returns
  protocol  create_server() with a Protocol whose data_received() writes the data back

It listens on 127.0.0.1 (PORT, default 0: any free port), prints "port N" on a line of its
own once it is serving, and serves until it is killed or its standard input closes.
"""
import asyncio
import os
import sys


async def handle_lines(reader, writer):
    readline = reader.readline
    write = writer.write
    drain = writer.drain
    while True:
        line = await readline()
        if not line:
            break
        write(line)
        await drain()
    writer.close()


async def handle_chunks(reader, writer):
    while True:
        data = await reader.read(65536)
        if not data:
            break
        writer.write(data)
        await writer.drain()
    writer.close()


class Echo(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data):
        self.transport.write(data)


async def main(mode, port):
    loop = asyncio.get_running_loop()
    if mode == 'protocol':
        server = await loop.create_server(Echo, '127.0.0.1', port)
    else:
        server = await asyncio.start_server(handle_lines if mode == 'streams' else handle_chunks,
                                            '127.0.0.1', port)
    print('port', server.sockets[0].getsockname()[1], flush=True)
    # Stop when the runner closes our standard input.
    stdin_closed = loop.create_future()

    def on_stdin():
        if not os.read(0, 4096) and not stdin_closed.done():
            stdin_closed.set_result(None)

    try:
        loop.add_reader(0, on_stdin)
    except OSError:
        pass   # standard input cannot be watched (a file, /dev/null): serve until killed
    async with server:
        await stdin_closed


if __name__ == '__main__':
    mode = sys.argv[1] if len(sys.argv) > 1 else 'streams'
    port = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    asyncio.run(main(mode, port))
