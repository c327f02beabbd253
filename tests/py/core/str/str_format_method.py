# str.format field syntax: positional, keyword, attribute, index, nested specs and errors.
class P:
    x = 3
    y = [10, 20]
    def __format__(self, spec):
        return 'P(' + spec + ')'
print('{} {} {}'.format(1, 'a', None), '{0} {1} {0}'.format('x', 'y'), '{name}!'.format(name='Bob'))
print('{0.x} {0.y[1]} {d[key]} {d[1]} {l[0]}'.format(P, d={'key': 'v', 1: 'one'}, l=[7]))
print('{:>8}|{:<8}|{:^8}|{:*^9}|'.format('r', 'l', 'c', 'star'))
print('{0:{1}} {0:{w}.{p}f}'.format(3.14159, 10, w=8, p=2), '{:{}{}}'.format('x', '>', 5))
print('{!r} {!s} {!a}'.format('é', 'é', 'é'), '{0!r:>10}'.format('hi'))
print('{{}} {{{}}}'.format(5), '{:}'.format(12), '{0[0]}{0[1]}'.format('ab'), '{p:abc}'.format(p=P()))
print('{:,} {:_} {:,.2f} {:_x} {:#b} {:#o} {:#X}'.format(1234567, 1234567, 1234.5, 0xdeadbeef, 5, 8, 255))
for fmt, args, kwargs in [('{}{}', (1,), {}), ('{0}{}', (1, 2), {}), ('{}{0}', (1, 2), {}), ('{x}', (), {}),
                          ('{0.nope}', (1,), {}), ('{0[5]}', ([1],), {}), ('{0[k]}', ({},), {}), ('{', (), {}),
                          ('}', (), {}), ('{0!z}', (1,), {}), ('{:d}', ('s',), {}), ('{:x}', (1.5,), {}),
                          ('{0:{1}}', (1,), {}), ('{:,s}', ('x',), {}), ('{:=}', ('x',), {}), ('{0[}', (1,), {})]:
    try:
        print(repr(fmt.format(*args, **kwargs)))
    except (IndexError, KeyError, AttributeError, ValueError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
print('{0:{fill}{align}{width}}'.format('mid', fill='~', align='^', width=11))
print('{:%}'.format(0.25), '{:.1%}'.format(1 / 3), '{:e}'.format(12345.678), '{:g}'.format(1e-7), '{:n}'.format(1234))
print('{0}'.format([1, 2]), '{0[1]}'.format({1: 'int-key'}), '{0[-1]}'.format({'-1': 'str-key'}))
