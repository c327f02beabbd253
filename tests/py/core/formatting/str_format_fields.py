# str.format with positional, keyword, attribute, index and nested fields.
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Pt(3, 4)
print('{} + {} = {}'.format(1, 2, 3), '{2}{1}{0}'.format('a', 'b', 'c'), '{0}{0}{0}'.format('x'))
print('{p.x},{p.y}'.format(p=p), '{0.x}'.format(p), '{pts[1].y}'.format(pts=[p, Pt(5, 6)]))
print('{d[a]} {d[b][0]} {l[2]}'.format(d={'a': 'A', 'b': ['B0']}, l='xyz'), '{0[a]}'.format({'a': 'key without quotes'}))
print('{:>6}|{:<6}|{:^6}|'.format('a', 'b', 'c'), '{0:>{1}}'.format('w', 5), '{:{}}'.format(7, 4), '{:{fill}>5}'.format(1, fill='.'))
print('{!r}'.format('quoted'), '{!s:>8}'.format(3), '{0!a}'.format('é'), '{x!r:^10}'.format(x=None))
print('{{}} {{{0}}} {{0}}'.format('in'), 'no fields'.format(1, 2, k=3))
print('{0}{1}'.format(*'ab'), '{a}{b}'.format(**{'a': 1, 'b': 2}), '{}'.format(*[[1, 2]]))
print('{:,}'.format(10 ** 9), '{:.3%}'.format(0.5), '{:08.3f}'.format(-3.14159), '{:+d}'.format(5), '{:#x}'.format(255))
print('{0:{1}.{2}f}'.format(2.71828, 10, 3), '{:^{width}.{prec}}'.format('truncate me', width=8, prec=4))
print('{0} {1} {0}'.format(*'xy'), '{x}{x}'.format(x='!'))
