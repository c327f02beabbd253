# traceback: how exception groups are drawn, nested, truncated and chained.
import os
import traceback
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
def show(e, **kw):
    print(''.join(traceback.format_exception(e, **kw)).replace(HERE, ''), end='')

def fail(exc):
    raise exc
def collect():
    errors = []
    for exc in (ValueError('one'), TypeError('two')):
        try:
            fail(exc)
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup('several', errors)
try:
    collect()
except ExceptionGroup as eg:
    show(eg)
    print(traceback.format_exception_only(eg))
nested = ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [KeyError('k'), OSError('o')]), ZeroDivisionError('z')])
show(nested)
many = ExceptionGroup('many', [ValueError(i) for i in range(20)])
lines = traceback.format_exception(many)
print(len(lines), lines[-4:])
te = traceback.TracebackException.from_exception(many, max_group_width=2)
print(''.join(te.format()), end='')
deep = ValueError('leaf')
for i in range(4):
    deep = ExceptionGroup(f'level {i}', [deep])
print(''.join(traceback.TracebackException.from_exception(deep, max_group_depth=2).format()), end='')
try:
    try:
        raise ExceptionGroup('first', [RuntimeError('r')])
    except ExceptionGroup as g:
        raise BaseExceptionGroup('second', [KeyboardInterrupt()]) from g
except BaseExceptionGroup as e:
    show(e)
eg_note = ExceptionGroup('noted', [ValueError('v')])
eg_note.add_note('a note')
show(eg_note)
