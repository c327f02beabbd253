# __enter__/__exit__, suppression, exception info passed to __exit__.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.suppress
with CM('a') as v:
    print('body', v)
with CM('b', suppress=True):
    raise ValueError('suppressed')
print('after suppressed')
try:
    with CM('c'):
        raise KeyError('propagates')
except KeyError as e:
    print('caught', repr(e))
with CM('outer') as o, CM('inner') as i:
    print('both', o, i)
with (CM('p1') as x,
      CM('p2') as y):
    print('parenthesized', x, y)
try:
    with CM('x1'), CM('x2', suppress=True), CM('x3'):
        1 / 0
    print('x2 suppressed the error')
except ZeroDivisionError:
    print('not reached')
def in_function():
    with CM('ret'):
        return 'returned from with'
print(in_function())
for n in range(3):
    with CM(f'loop{n}'):
        if n == 1:
            continue
        if n == 2:
            break
        print('loop body', n)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError('from __exit__')
try:
    with ExitRaises():
        raise ValueError('original')
except RuntimeError as e:
    print(type(e).__name__, e, '| context:', repr(e.__context__))
class EnterRaises:
    def __enter__(self):
        raise OSError('enter failed')
    def __exit__(self, *a):
        print('never called')
try:
    with EnterRaises():
        print('never')
except OSError as e:
    print(type(e).__name__, e)
class Truthy:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        return 'non-empty string suppresses'
with Truthy():
    raise TypeError
print('truthy return suppressed')
