# Subclasses, __bytes__, __index__ arguments, slice assignment and the shared methods on both kinds.
class B(bytes):
    pass
class BA(bytearray):
    pass
b = B(b'xyz')
print(type(b).__name__, b, repr(b), len(b), b[0], b[1:], type(b[1:]).__name__, b == b'xyz', hash(b) == hash(b'xyz'))
print(B(), B(3), B([1, 2]), B('é', 'utf-8'), type(B('a', 'ascii')).__name__, type(B.fromhex('41')).__name__)
ba = BA(b'abc')
print(ba, repr(ba), type(ba + b'x').__name__, type(ba.upper()).__name__, ba == b'abc')
b.attr = 5
print(b.attr, vars(b))
ba.attr = 6
print(ba.attr)
class WithBytes:
    def __bytes__(self):
        return b'custom'
print(bytes(WithBytes()), b'%s|%b' % (WithBytes(), WithBytes()))
class BadBytes:
    def __bytes__(self):
        return 'nope'
for f in (lambda: bytes(BadBytes()), lambda: b'%s' % BadBytes()):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
class Idx:
    def __index__(self):
        return 65
print(bytes([Idx(), 66]), bytes(Idx())[:3], b'ABC'[Idx().__index__() - 65], b'%c' % Idx(), bytearray([Idx()]))
x = bytearray(b'0123456789')
del x[::3]
print(x)
x = bytearray(b'0123456789')
del x[::-2]
print(x)
x = bytearray(b'0123456789')
x[::-2] = b'abcde'
print(x)
x[2:5] = x
print(x)
x[:] = [1, 2, 3]
print(x)
x[1:1] = range(3)
print(x)
x[10:20] = b'end'
print(x)
x[-1] = 0x41
print(x, x[-1])
del x[-1]
print(x)
x += bytes(x)
print(x)
x *= 0
print(x, len(x))
y = bytearray(b'ab')
y2 = y
y2 += b'cd'
print(y is y2, y)
y *= 2
print(y)
y.extend(bytearray(b'!'))
y.extend(iter([63]))
print(y)
print(b''.join([b'a', bytearray(b'b'), B(b'c')]), bytearray(b'-').join((b'a', b'b')))
print(b'abc'.__getnewargs__(), B(b'q').__bytes__(), type(B(b'q').__bytes__()).__name__)
print(sorted([b'b', b'a', b'']), b'a' < b'b' <= b'b', bytearray(b'a') >= b'a', b'\x80' > b'\x7f')
print(b'abc'.count(b'', 1, 2), b'aaaa'.count(b'aa'), b'abcabc'.find(b'c', -2), b'abcabc'.rfind(b'c', 0, -1), b'x'.find(b'x', 5))
print(list(b'ab'), [*bytearray(b'cd')], tuple(iter(b'\x00\xff')))
it = iter(b'abc'); next(it)
print(it.__length_hint__(), list(it), it.__length_hint__())
print(b'a\x00b'.split(b'\x00'), b'a b\tc\nd'.split(None), b'a b c'.rsplit(maxsplit=1), b'x'.split(b'x'))
print(b'%-6s|%6s|%.2s|%%|%c' % (b'ab', b'cd', b'efg', 0))
print(b'%(a)s %(b)d' % {b'a': b'A', b'b': 3}, b'%5.1f|%-8e|%G' % (3.14159, 2.5, 1e20))
print(b'%d %i %o %x %X %#x %+d % d' % (10, -3, 8, 255, 255, 255, 5, 5))
print(b'%r %a' % (b'\xff', 'caf\xe9'), b'%s' % bytearray(b'ba'))
print(b'abc'.ljust(2), b'ab'.center(5, b'-'), bytearray(b'ab').rjust(4, bytearray(b'0')), b'-5'.zfill(4), b'5'.zfill(-1))
print(b'aBc DeF'.swapcase(), b"they're bill's".title(), b'123abc'.capitalize(), b'ABC'.lower(), b'ab1'.isalpha(), b'ab1'.isalnum())
print(b'ABC1'.isupper(), b'Abc'.istitle(), b'ABC'.istitle(), b''.istitle(), b'123'.isdigit(), b''.isdigit())
print(b'\x00\x01'.decode('ascii'), b'\xe9'.decode('latin-1'), b'abc'.decode(encoding='ascii', errors='strict'))
try:
    b'\x80abc'.decode('ascii')
except UnicodeDecodeError as e:
    print(e, e.start, e.end, e.reason, e.encoding, e.object)
print(b'\xff'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape'))
print(bytes.maketrans(b'', b'') == bytes(range(256)), b'hello'.translate(bytes.maketrans(b'lo', b'01')))
print(b'a\tb\n\tc'.expandtabs(), b'a\tb'.expandtabs(0), b'a\tb'.expandtabs(tabsize=2))
print(b'one\ntwo\r\nthree'.splitlines(keepends=True), b''.splitlines(), b'\n'.splitlines())
print(bytes(range(250, 256)).hex(), b'\x01\x02\x03\x04\x05'.hex(b'|', 3), b'\x01\x02\x03\x04\x05'.hex('|', -3))
print(b'abc' * 0, 0 * b'abc', b'ab' * -1, bytearray(b'x') * 3, 2 * bytearray(b'yz'), b'abc' * True)
print(1 in b'\x01', b'bc' in b'abc', bytearray(b'b') in b'abc', b'bc' in bytearray(b'abc'), 0 in bytearray())
print(bytearray(b'abc').find(b'c'), bytearray(b'abc').split(b'b'), bytearray(b' x ').strip(), bytearray(b'a').partition(b'z'))
print(bytes(bytearray(b'mut')), bytearray(bytearray(b'copy')), bytes(iter(range(3))))
z = bytearray(b'abc')
z.__init__(b'reset')
print(z)
z.__init__()
print(z)
print(bytearray(3) == bytes(3), b'x' != b'y', bytearray(b'a') != bytearray(b'a'))
print(str(bytearray(b'x\n')), f'{b"f"}', format(b'q'), '%s' % b'p', '%r' % bytearray(b'r'))
print(b'a'.join([]), b'x'.join([b'only']), type(bytearray(b'x').join([])).__name__)
print(b'abc'.removeprefix(b'ab'), b'abc'.removesuffix(b'bc'), bytearray(b'abc').removeprefix(b'x'))
print(b'ab' + bytearray(b'cd'), bytearray(b'ab') + bytearray(b'cd'), b'x'.startswith((b'a', b'x')), b'abc'.endswith(b'b', 0, 2))
print(b'abcd'.index(b'c', 1, 3), b'abc'.rindex(99), bytearray(b'x').pop(), bytearray(b'xy').pop(-2))
