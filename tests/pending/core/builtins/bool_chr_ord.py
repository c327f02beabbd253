# bool, chr, ord.
print(bool(), bool(0), bool(1), bool(''), bool('0'), bool([]), bool([[]]), bool(None), bool(0j.real), bool(float('nan')))
print(bool.__name__, type(bool(1)).__name__, bool(x=1) if False else 'bool takes no keywords')
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print([chr(i) for i in (65, 97, 48, 32, 0x263a, 0x1f40d)], ascii(chr(True)), ascii(chr(0x10ffff)))
print([ord(c) for c in 'Aa0 ☺🐍'], ord(b'\xff'), ord(bytearray(b'\x00')))
for bad in (lambda: chr(0x110000), lambda: chr(-1), lambda: chr('a'), lambda: chr(1.0), lambda: ord('ab'), lambda: ord(65),
            lambda: ord(b'ab'), lambda: ord('')):
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(''.join([chr(ord(c) + 1) for c in 'HAL']))
