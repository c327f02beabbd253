# contextlib helpers: suppress, ExitStack, closing, nullcontext, redirect_stdout.
import contextlib, io
with contextlib.suppress(KeyError, IndexError):
    {}['k']
print('suppress handled KeyError')
with contextlib.suppress(ValueError):
    pass
try:
    with contextlib.suppress(KeyError):
        raise TypeError('not suppressed')
except TypeError as e:
    print('propagated', e)
class Closable:
    def __init__(self, name):
        self.name = name
    def close(self):
        print('  closed', self.name)
with contextlib.closing(Closable('thing')) as c:
    print('  using', c.name)
with contextlib.nullcontext('value') as v:
    print('nullcontext gives', v)
with contextlib.ExitStack() as stack:
    for n in ('a', 'b', 'c'):
        stack.callback(print, '  callback', n)
    stack.enter_context(contextlib.closing(Closable('in stack')))
    print('  body of ExitStack')
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('captured line')
print('captured:', repr(buf.getvalue()))
@contextlib.contextmanager
def cm(name):
    print('  enter', name)
    yield
    print('  exit', name)
with contextlib.ExitStack() as stack:
    stack.enter_context(cm('x'))
    stack.enter_context(cm('y'))
    moved = stack.pop_all()
print('  stack exited but contexts were moved')
moved.close()
