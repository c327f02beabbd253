# bytes construction, indexing (ints), slicing, iteration, repr.
b = b'hello\x00\xff'
print(b, len(b), b[0], b[-1], type(b[0]).__name__, b[1:3], b[::-1], b[::2], list(b[:3]))
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes('é', 'utf-8'), bytes(b'copy'), bytes(bytearray(b'ba')))
print(bytes(iter((1, 2))), bytes.fromhex('de ad be ef'), b'\x41\102C', b'\t\n\r\\\'', rb'\n raw', br'\x')
print(repr(b"'"), repr(b'"'), repr(b'\'"'), repr(bytes(range(0, 256, 17))))
for bad in ([256], [-1], ['a'], 'str', 1.5, [1.0]):
    try:
        print(bytes(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    bytes(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    b[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(b'abc' + b'def', b'ab' * 3, 3 * b'-', b'a' in b'cat', 97 in b'cat', 120 in b'cat', b'' in b'x')
try:
    b'abc' + 'def'
except TypeError as e:
    print(type(e).__name__, e)
try:
    300 in b'abc'
except ValueError as e:
    print(type(e).__name__, e)
try:
    'a' in b'abc'
except TypeError as e:
    print(type(e).__name__, e)
print(b'abc' == b'abc', b'abc' < b'abd', b'abc' == 'abc', b'a' < b'aa', b'\xff' > b'\x00', sorted([b'b', b'a', b'ab']))
print(b'abc' == bytearray(b'abc'), bytearray(b'x') + b'y', b'y' + bytearray(b'x'), type(b'y' + bytearray(b'x')).__name__)
print([c for c in b'hi'], list(reversed(b'abc')), max(b'azb'), sum(b'\x01\x02'), b'%d-%s' % (5, b'x'))
print(hash(b'abc') == hash(b'abc'), str(b'x'), ascii(b'\xe9'), f'{b"q"}', bytes.__name__)
