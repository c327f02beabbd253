# ascii, bin, hex, oct.
print(ascii('plain'), ascii('é'), ascii('日本'), ascii('😀'), ascii('\n\t'), ascii(['é', 1]), ascii({'ü': b'\xff'}), ascii(1.5))
class R:
    def __repr__(self):
        return 'Répr'
print(ascii(R()), repr(R()))
for n in (0, 1, -1, 7, 255, -256, 2 ** 64, -(2 ** 70)):
    print(n, bin(n), oct(n), hex(n))
class I:
    def __index__(self):
        return 10
print(bin(I()), oct(I()), hex(I()))
for f in (bin, oct, hex):
    for bad in (1.5, '1', None):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, type(e).__name__, e)
print(int(bin(-37), 0), int(oct(99), 0), int(hex(-4096), 16), format(255, '#x'), format(255, 'x'), f'{10:#o}')
