# format() builtin and __format__ lookups.
print(format(42), format(42, ''), format(3.5, ''), format('s', ''), format([1], ''), format(None, ''), format(True, '>6'))
print(format(1234.5, ',.1f'), format(-42, '=+08d'), format(0.5, '%'), format(255, '#010b'), format('x', '~^5'))
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith('F'):
            return format(self.c * 9 / 5 + 32, spec[:-1] + 'f') + '°F'
        return format(self.c, spec) + '°C'
t = Temp(21.5)
print(format(t), format(t, '.0F'), f'{t:.2F}', f'{t:>8.1f}', '{:F}'.format(t))
class BadFormat:
    def __format__(self, spec):
        return 5
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(type(format(5)).__name__, format(10 ** 30, 'e'), format(10 ** 30, ','), format(2 ** 64, 'x'))
