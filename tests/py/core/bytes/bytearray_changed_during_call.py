# Python code that changes a bytearray while its methods run.
ba = bytearray(b'0123456789')
class Shrink:
    def __index__(self):
        ba.clear()
        return 8
print(ba[2:Shrink()], ba)
ba = bytearray(b'0123456789')
try:
    ba[Shrink()] = 1
except IndexError as e:
    print('IndexError', e)
ba = bytearray(b'0123456789')
ba[1:Shrink()] = b'xy'
print(ba)
ba = bytearray(b'0123456789')
class Shrink2:
    def __index__(self):
        ba.clear()
        return 65
ba.append(Shrink2())
print(ba)
ba = bytearray(b'0123456789')
print(ba.find(b'5', Shrink()), ba)
ba = bytearray(b'abc')
print(ba * Shrink() if False else ba)
# Large data
big = b'ab' * 100000
print(len(big), big.count(b'ab'), len(big.replace(b'a', b'xyz')), len(big.split(b'b')), big.find(b'ba', 150000), big[-4:])
bb = bytearray()
for i in range(100000):
    bb.append(i & 255)
print(len(bb), bb[-1], sum(bb) % 1000, len(bytes(bb)), bb.__alloc__() >= len(bb))
del bb[::2]
print(len(bb), bb[:4])
print(hash(b'') , hash(b'a') != hash(b'b'), len({b'a', b'a', bytes([97])}), {b'k': 1}[b'k'])
d = {}
for i in range(1000):
    d[bytes([i % 256, i // 256])] = i
print(len(d), d[b'\x05\x01'])
for bad in (lambda: b'a' * 2**62, lambda: b'ab' * 2**62, lambda: bytes(2**62), lambda: bytearray(b'ab') * 2**62,
            lambda: b'%d' % float('inf'), lambda: b'%x' % 'a', lambda: b'%.2z' % 1, lambda: b'%\x80' % 1,
            lambda: bytes(-5), lambda: bytearray(b'x').__setitem__(slice(None), 5), lambda: b'a'.hex(':', 2**70),
            lambda: b'abc'.hex('::'), lambda: b'abc'.hex(b'\xff'), lambda: b'a'.decode('utf-8', 5),
            lambda: bytes.fromhex('0g'), lambda: b'x'.zfill(2**70)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(b'%s %s' % (b'a', b'b'), b'%(x)s' % {b'x': b'y'}, b'no args' % (), b'%s' % (b'tuple',))
class M(dict):
    pass
print(b'%(a)s' % M({b'a': b'sub'}))
print(bytearray(b'%d') % 5, type(bytearray(b'%d') % 5).__name__)
print(b'abc'.split(maxsplit=0), b'  abc  '.split(maxsplit=0), b'  abc  '.rsplit(maxsplit=0), b'a  b'.split(b' '))
print(bytes.fromhex('  '), bytearray.fromhex('AB cd\n'), bytes.fromhex('a b') if False else 0)
