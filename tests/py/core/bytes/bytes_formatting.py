# %-formatting for bytes and repr details.
print(b'%s and %s' % (b'x', bytearray(b'y')), b'%d%%' % 50, b'%5d|%-5d|%05d' % (1, 2, 3), b'%x %X %o' % (255, 255, 8))
print(b'%c%c' % (65, b'B'), b'%r' % 'é', b'%a' % 'é', b'%b' % b'bin', b'%.2f' % 3.14159, b'%(k)s' % {b'k': b'v'})
for fmt, args in ((b'%s', 'str'), (b'%d', b'x'), (b'%c', 256), (b'%c', b'ab'), (b'%s %s', (b'a',)), (b'%s', (b'a', b'b'))):
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(repr(b'\x7f\x80\xa0\xff'), repr(bytearray(b'\x00')), repr(bytearray()), str(bytearray(b'q')))
