# Reprs of servers, writers, readers, transports and transport sockets through a
# connection's life (descriptor numbers and ports replaced by N).
import asyncio
def clean(s):
    out = []
    i = 0
    while i < len(s):
        if s.startswith('fd=', i) or s.startswith("', ", i):
            j = i + 3
            k = j
            while k < len(s) and s[k].isdigit():
                k += 1
            if k > j:
                out.append(s[i:j] + 'N')
                i = k
                continue
        out.append(s[i])
        i += 1
    return ''.join(out)
async def handle(r, w):
    print('server writer:', clean(repr(w)))
    await r.read()
    w.close()
async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    print(clean(repr(server)))
    port = server.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection('127.0.0.1', port)
    await asyncio.sleep(0.01)
    print(clean(repr(w)))
    print(clean(repr(w.transport)))
    print(clean(repr(w.get_extra_info('socket'))))
    w.write_eof()
    print(await r.read())
    w.close()
    print(clean(repr(w.transport)))
    await w.wait_closed()
    print(clean(repr(w.transport)))
    server.close()
    print(clean(repr(server)))
    await server.wait_closed()
    t = asyncio.create_task(r.read())
    print(type(asyncio.get_running_loop().create_server).__name__)
    t.cancel()
asyncio.run(main())
