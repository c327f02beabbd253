# printf-style % formatting.
print('%s %s' % ('a', 'b'), '%d' % 42, '%5d|%-5d|%05d' % (1, 2, 3), '%+d %+d' % (5, -5), '% d' % 7)
print('%x %X %#x %#X %o %#o' % (255, 255, 255, 255, 8, 8), '%e %E %.2e' % (12345.678, 0.00012, 1e10))
print('%f %.2f %10.3f %-10.1f| %+.1f' % (3.14159, 3.14159, 3.14159, 3.14159, 2.0), '%g %g %g %G' % (1e-5, 123456789, 0.5, 1e20))
print('%c%c%c' % (72, 'i', 33), '%r %a' % ('é', 'é'), '%s' % [1, 2], '%s' % (1,), '%s' % ((1, 2),), '%%' % ())
print('%(name)s is %(age)d years' % {'name': 'Ann', 'age': 30}, '%(x)s %(x)r' % {'x': 'same'}, '%(a)05.1f' % {'a': 2.25})
print('%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159), '%3s|%-3s|%.1s' % ('a', 'b', 'cde'), '%i %u' % (3, 4))
print('%d %i' % (3.9, -3.9), '%x' % True, '%s' % None, '%d%%' % 50, '%.0f %.0f %.0f' % (0.5, 1.5, 2.5))
print('%s' % 'single', '%s and %s' % ('tuple', 'args'), '%s' % {'dict': 'as single arg'}, '%05s|' % 'ab', '%-+5d|' % 3)
print(b'%s %d' % (b'bytes', 5), '%10.4s|' % 'abcdefg', '%#.3g' % 1.0, '%.3g' % 1.0)
class S:
    def __str__(self):
        return 'str!'
    def __repr__(self):
        return 'repr!'
print('%s %r' % (S(), S()))
cases = [('%d', 'x'), ('%d', None), ('%s %s', ('one',)), ('%s', ('a', 'b')), ('%(k)s', ('no dict',)), ('%(k)s', {}),
         ('%z', 1), ('%', ()), ('%c', 'ab'), ('%c', 0x110000), ('%x', 1.5), ('%*d', ('a', 1)), ('%.*f', (1.5, 1)),
         ('%(a)s %s', {'a': 1}), ('abc', 5), ('abc', ()), ('%s', ()), ('%i', '5')]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), repr(args), type(e).__name__, e)
print('abc' % {}, 'abc' % [] if False else 'skip', '%s' % [()])
