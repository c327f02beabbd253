# The loop's socket operations on non-blocking sockets: sock_accept, sock_connect,
# sock_recv, sock_recv_into, sock_sendall, getaddrinfo; a waiting sock_recv cancelled.
import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    listener = socket.socket()
    listener.bind(('127.0.0.1', 0))
    listener.listen()
    listener.setblocking(False)
    port = listener.getsockname()[1]

    client = socket.socket()
    client.setblocking(False)
    accept = asyncio.create_task(loop.sock_accept(listener))
    await loop.sock_connect(client, ('127.0.0.1', port))
    conn, addr = await accept
    print('accepted:', type(conn).__name__, addr[0], conn.gettimeout())

    # the receiver waits first, then the data comes
    recv = asyncio.create_task(loop.sock_recv(conn, 100))
    await asyncio.sleep(0)
    print('recv waiting:', not recv.done())
    await loop.sock_sendall(client, b'first')
    print('sock_recv:', await recv)

    big = bytes(range(256)) * 4096   # 1 MiB: more than the socket buffers hold
    sender = asyncio.create_task(loop.sock_sendall(client, big))
    got = bytearray()
    while len(got) < len(big):
        got += await loop.sock_recv(conn, 65536)
    await sender
    print('sock_sendall 1 MiB intact:', got == big)

    buf = bytearray(4)
    await loop.sock_sendall(conn, b'wxyz!')
    print('sock_recv_into:', await loop.sock_recv_into(client, buf), buf)
    print('rest:', await loop.sock_recv(client, 10))

    # cancelling a waiting sock_recv stops watching the socket
    waiting = asyncio.create_task(loop.sock_recv(conn, 10))
    await asyncio.sleep(0)
    waiting.cancel()
    try:
        await waiting
    except asyncio.CancelledError:
        print('sock_recv cancelled')
    await loop.sock_sendall(client, b'again')
    print('after cancel:', await loop.sock_recv(conn, 10))

    client.close()
    print('EOF:', await loop.sock_recv(conn, 10))
    conn.close()

    infos = await loop.getaddrinfo('127.0.0.1', port, type=socket.SOCK_STREAM)
    print('getaddrinfo:', [(i[0], i[1], i[4][0]) for i in infos])

    # sock_connect to a port with no listener
    listener.close()
    s = socket.socket()
    s.setblocking(False)
    try:
        await loop.sock_connect(s, ('127.0.0.1', port))
    except ConnectionRefusedError as e:
        print('sock_connect:', type(e).__name__, str(e).replace(str(port), 'PORT'))
    s.close()

asyncio.run(main())
