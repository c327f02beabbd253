# print with sep, end, file, flush.
import sys
print('a', 'b', 'c')
print('a', 'b', 'c', sep='')
print('a', 'b', sep=' | ', end=' <end>\n')
print()
print('', end='')
print('no newline', end='')
print(' then newline')
print(1, 2.5, None, True, [1, 'x'], {'k': (1,)}, sep=', ')
print('x', sep=None, end=None)
print(*range(5), sep='-')
print(*[], sep='ignored')
print('to stdout explicitly', file=sys.stdout)
print('to stdout with flush', flush=True)
print('ignored on stderr', file=sys.stderr)
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = Writer()
print('captured', 42, sep='=', end='!', file=w)
print(w.parts)
print('file=None goes to stdout', file=None)
for bad in (dict(sep=1), dict(end=2), dict(file=5), dict(bogus=1)):
    try:
        print('x', **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class S:
    def __str__(self):
        return 'custom __str__'
print(S(), [S()][0], str(S()))
print('tab\there', 'newline\\n literal', 'unicode: é 日本 😀')
print(b'bytes', bytearray(b'ba'), 'bytes are repr-ed by print')
r = print('returns None')
print(r)
sys.stdout.write('direct write\n')
