# hex() / fromhex() on bytes and bytearray.
for b in (b'', b'\x00', b'\xde\xad\xbe\xef', bytes(range(10)), b'abc'):
    print(b.hex(), b.hex(':'), b.hex(' ', 2), b.hex('-', -2), bytearray(b).hex('_'))
print(bytes.fromhex('DEADbeef'), bytes.fromhex(' 01 02  03 '), bytearray.fromhex('ff'), bytes.fromhex('0a\t0b\n'))
for bad in ('0', 'g0', '0 0', 'xyz', '12 3', b'00'):
    try:
        print(bytes.fromhex(bad))
    except (ValueError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
for sep in ('', 'ab', 'é', 5):
    try:
        print(b'ab'.hex(sep))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(bytes.fromhex(b'\xca\xfe'.hex()) == b'\xca\xfe', hex(int.from_bytes(b'\x12\x34', 'big')))
