# traceback module functions on caught exceptions (no file paths in the output).
import traceback
def fail(kind):
    if kind == 'value':
        raise ValueError('bad value')
    if kind == 'key':
        return {}['missing']
    return 1 / 0
for kind in ('value', 'key', 'zero'):
    try:
        fail(kind)
    except Exception as e:
        print(traceback.format_exception_only(type(e), e))
        tb = traceback.extract_tb(e.__traceback__)
        print([(fs.name, fs.line) for fs in tb])
        print(len(traceback.format_tb(e.__traceback__)) == len(tb))
        lines = traceback.format_exception(type(e), e, e.__traceback__)
        print(lines[0], end='')
        print(lines[-1], end='')
te = traceback.TracebackException.from_exception(KeyError('k'))
print(list(te.format_exception_only()), te.exc_type.__name__)
try:
    try:
        raise OSError('inner')
    except OSError as inner:
        raise LookupError('outer') from inner
except LookupError as e:
    lines = traceback.format_exception(e)
    print([l for l in lines if not l.startswith('  ')])
print(traceback.format_exception_only(SyntaxError('msg', ('f.py', 3, 5, 'abc def\n', 3, 8))))
class Weird(Exception):
    def __str__(self):
        raise RuntimeError('str fails')
print(traceback.format_exception_only(Weird()))
