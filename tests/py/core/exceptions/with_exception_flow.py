# Exception flow through with statements.
class Tracker:
    def __init__(self, name, suppress=()):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('  enter', self.name)
        return self
    def __exit__(self, t, v, tb):
        print('  exit', self.name, t.__name__ if t else 'clean')
        return t is not None and issubclass(t, self.suppress)
def scenario(label, exc):
    print(label)
    try:
        with Tracker('A', suppress=(KeyError,)):
            with Tracker('B', suppress=(ValueError,)):
                if exc:
                    raise exc
                print('  body done')
        print('  after with')
    except Exception as e:
        print('  escaped:', type(e).__name__)
scenario('no exception', None)
scenario('ValueError suppressed by B', ValueError())
scenario('KeyError suppressed by A', KeyError())
scenario('TypeError escapes', TypeError())
def returns_inside():
    with Tracker('R'):
        return 'value'
print(returns_inside())
def raises_and_finally():
    try:
        with Tracker('F'):
            raise IndexError('x')
    finally:
        print('  finally after exit')
try:
    raises_and_finally()
except IndexError:
    print('IndexError propagated')
class Replacer:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is ValueError:
            raise KeyError('replacement') from v
try:
    with Replacer():
        raise ValueError('orig')
except KeyError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__))
class ExitArgs:
    def __enter__(self):
        return 'entered value'
    def __exit__(self, *args):
        print('  exit args count', len(args), args[0], args[1] is None if args[0] is None else repr(args[1]))
with ExitArgs() as v:
    print(' ', v)
try:
    with ExitArgs():
        raise AttributeError('attr')
except AttributeError:
    print('propagated')
