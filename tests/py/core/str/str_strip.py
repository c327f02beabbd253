# strip/lstrip/rstrip with and without chars; removeprefix/removesuffix.
s = '  \t hello world \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr('xxhixx'.strip('x')), repr('xyhiyx'.strip('xy')), repr('xyhiyx'.lstrip('yx')), repr('xyhiyx'.rstrip('xy')))
print(repr('hello'.strip('')), repr(''.strip()), repr('aaaa'.strip('a')), repr('abc'.strip('xyz')))
print(repr('\u3000\u2003 wide \xa0'.strip()), repr('\x1c\x1dx\x1e\x1f'.strip()), repr('\x00x\x00'.strip()))
print(repr('www.example.com'.strip('cmowz.')), repr('  spam'.strip(None)))
try:
    'x'.strip(5)
except TypeError as e:
    print(type(e).__name__, e)
print('TestHook'.removeprefix('Test'), 'TestHook'.removeprefix('Hook'), 'TestHook'.removesuffix('Hook'), 'abc'.removesuffix(''))
print('aaa'.removeprefix('a'), ''.removeprefix(''), 'x'.removeprefix('xx'))
print(b'  ab  '.strip(), b'xxabxx'.strip(b'x'), bytearray(b' q ').lstrip(), b'abc'.removeprefix(b'a'))
