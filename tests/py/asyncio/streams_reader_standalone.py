# StreamReader without sockets: feed_data/feed_eof, read/readline/readexactly/
# readuntil semantics, argument errors, set_exception, limit checks, async
# iteration over lines.
import asyncio

async def main():
    r = asyncio.StreamReader()
    r.feed_data(b'line1\nline2\npartial')
    print('readline:', await r.readline())
    print('read(3):', await r.read(3))
    print('read(0):', await r.read(0))
    print('readuntil(b"\\n"):', await r.readuntil(b'\n'))
    print('at_eof before feed_eof:', r.at_eof())
    r.feed_eof()
    print('at_eof with data left:', r.at_eof())
    print('read(-1):', await r.read(-1))
    print('at_eof:', r.at_eof(), 'read again:', await r.read())

    r = asyncio.StreamReader()
    for bad in (lambda: r.readuntil(b''), lambda: r.readexactly(-1)):
        try:
            await bad()
        except ValueError as e:
            print('ValueError', e)

    # a waiting read is woken by feed_data from another task
    r = asyncio.StreamReader()
    async def feeder():
        await asyncio.sleep(0)
        r.feed_data(b'ab')
        await asyncio.sleep(0)
        r.feed_data(b'cd\nef')
        await asyncio.sleep(0)
        r.feed_eof()
    f = asyncio.create_task(feeder())
    print('readexactly(3) across chunks:', await r.readexactly(3))
    print('readline across chunks:', await r.readline())
    print('readline at EOF returns partial:', await r.readline(), await r.readline())
    await f

    # concurrent reads are not allowed
    r = asyncio.StreamReader()
    t = asyncio.create_task(r.read(1))
    await asyncio.sleep(0)
    try:
        await r.read(1)
    except RuntimeError as e:
        print('RuntimeError', e)
    r.feed_data(b'z')
    print('first reader got', await t)

    # set_exception wakes the waiter and is raised by later reads
    r = asyncio.StreamReader()
    t = asyncio.create_task(r.readline())
    await asyncio.sleep(0)
    r.set_exception(ConnectionResetError('reset!'))
    try:
        await t
    except ConnectionResetError as e:
        print('waiter got', type(e).__name__, e)
    print('exception():', repr(r.exception()))
    try:
        await r.read()
    except ConnectionResetError:
        print('later read raises too')

    # limit with a standalone reader
    r = asyncio.StreamReader(limit=4)
    r.feed_data(b'abcdefgh;xy;')
    r.feed_eof()
    try:
        await r.readuntil(b';')
    except asyncio.LimitOverrunError as e:
        print('LimitOverrunError |', e, '| consumed', e.consumed)
    print('buffer intact:', await r.readexactly(9), await r.readuntil(b';'))
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print('ValueError', e)

    # async for over lines
    r = asyncio.StreamReader()
    r.feed_data(b'a\nbb\nccc')
    r.feed_eof()
    print('async for:', [line async for line in r])

    # multi-byte separator split across feeds
    r = asyncio.StreamReader()
    r.feed_data(b'head--')
    r.feed_data(b'--tail')
    r.feed_eof()
    print('readuntil(b"----"):', await r.readuntil(b'----'), await r.read())

asyncio.run(main())
