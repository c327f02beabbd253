# The classes of the streams API: names, modules, bases and the messages and reprs of the
# exceptions; StreamReader and StreamWriter reprs; argument errors.
import asyncio

for cls in (asyncio.StreamReader, asyncio.StreamWriter, asyncio.StreamReaderProtocol,
            asyncio.IncompleteReadError, asyncio.LimitOverrunError, asyncio.Protocol,
            asyncio.BaseProtocol, asyncio.BufferedProtocol, asyncio.Transport,
            asyncio.BaseTransport, asyncio.Server, asyncio.AbstractServer):
    print(cls.__name__, cls.__module__, [b.__name__ for b in cls.__mro__[1:]])

e = asyncio.IncompleteReadError(b'abc', 10)
print(repr(e), str(e), e.partial, e.expected, e.args)
e = asyncio.IncompleteReadError(b'', None)
print(repr(e), isinstance(e, EOFError))
e = asyncio.LimitOverrunError('too long', 7)
print(repr(e), str(e), e.consumed, e.args)
print(e.__reduce__()[1], asyncio.IncompleteReadError(b'x', 2).__reduce__()[1])


async def main():
    r = asyncio.StreamReader()
    print(repr(r))
    r.feed_data(b'12345')
    print(repr(r))
    r2 = asyncio.StreamReader(limit=10)
    r2.feed_eof()
    print(repr(r2))
    r.set_exception(ValueError('bad'))
    print(repr(r))
    try:
        r.feed_data(b'x')
        r2.feed_data(b'x')
    except AssertionError as e:
        print('AssertionError', e)
    r3 = asyncio.StreamReader()
    r3.feed_data(b'')
    print('empty feed keeps reader empty:', repr(r3))
    for bad in (0, -1):
        try:
            asyncio.StreamReader(limit=bad)
        except ValueError as e:
            print('ValueError', e)
    print('a reader iterates itself:', r3.__aiter__() is r3)
    print(asyncio.iscoroutinefunction(asyncio.StreamWriter.drain),
          asyncio.iscoroutinefunction(asyncio.open_connection))

asyncio.run(main())
