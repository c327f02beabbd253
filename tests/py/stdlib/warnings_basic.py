# warnings: filters, registries, formatting, showwarning hooks and catch_warnings.
import sys
import warnings

print(warnings.filters)
print(warnings.formatwarning('msg', UserWarning, 'file.py', 3, 'the line  '))
print(repr(warnings.formatwarning('msg', DeprecationWarning, 'nofile.py', 1)))
wm = warnings.WarningMessage('m', UserWarning, 'f.py', 1)
print(wm, wm.message, wm.category.__name__, wm.filename, wm.lineno, wm.file, wm.line, wm.source)
print(warnings.catch_warnings(), warnings.catch_warnings(record=True))

# Warnings go to sys.stderr, with the source line.
import os
class Relative:
    # Shows the report with this folder's path dropped, as the expected output must not
    # depend on where the tests live.
    def write(self, text):
        sys.stdout.write(text.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, ''))
saved = sys.stderr
sys.stderr = Relative()
try:
    warnings.warn('to stdout')
    for i in range(3):
        warnings.warn('shown once for this line')
    def api():
        warnings.warn('blame the caller', stacklevel=2)
    api()
    api()
    warnings.warn('deprecated in main', DeprecationWarning)
    warnings.warn(RuntimeWarning('an instance'))
    warnings.warn('far away', stacklevel=50)
    warnings.warn_explicit('explicit', UserWarning, 'somefile.py', 7)
    warnings.warn_explicit('explicit module', UserWarning, 'other.py', 8, module='mymod')
finally:
    sys.stderr = saved

# A replaced showwarning receives the details.
def hook(message, category, filename, lineno, file=None, line=None):
    print('hook:', message, category.__name__, filename.endswith('warnings_basic.py'), lineno > 0, file, line)
with warnings.catch_warnings():
    warnings.showwarning = hook
    warnings.simplefilter('always')
    warnings.warn('hooked', FutureWarning)
print(warnings.showwarning is hook, warnings.showwarning.__name__)

# Filters: order, actions, message and module patterns, categories, line numbers.
with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    print(warnings.filters)
    warnings.simplefilter('always')
    warnings.simplefilter('ignore', category=BytesWarning)
    warnings.filterwarnings('error', message='fatal')
    warnings.filterwarnings('ignore', message='quiet.*now', category=UserWarning)
    warnings.filterwarnings('ignore', module='__main__', category=ImportWarning)
    print([f[0] for f in warnings.filters], [f[2].__name__ for f in warnings.filters])
    warnings.warn('normal')
    warnings.warn('QUIET please now')
    warnings.warn('quiet please now', RuntimeWarning)
    warnings.warn('bytes', BytesWarning)
    warnings.warn('import', ImportWarning)
    try:
        warnings.warn('Fatal error here')
    except UserWarning as e:
        print('raised', type(e).__name__, e)
    warnings.simplefilter('ignore', append=True)
    warnings.simplefilter('always')
    print(len(warnings.filters), warnings.filters[0][0])
print([(str(w.message), w.category.__name__) for w in log])
print(type(log[0]).__name__, log[0].lineno > 0, log[0].filename.endswith('warnings_basic.py'), log[0].line)
print(len(warnings.filters), warnings.filters[0])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('once')
    for i in range(2):
        warnings.warn('once only')
    warnings.warn('once only')
    warnings.warn('once only', RuntimeWarning)
print(len(log), [w.category.__name__ for w in log])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('module')
    for i in range(2):
        warnings.warn('per module')
    warnings.warn('per module')
print(len(log))
with warnings.catch_warnings(record=True) as log:
    warnings.filterwarnings('always', lineno=999)
    warnings.filterwarnings('ignore')
    warnings.warn('line filtered')
print(len(log))
with warnings.catch_warnings(record=True, action='always') as log:
    warnings.warn('action argument')
print(len(log), log[0].message)

def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: warnings.warn('x', 'not a category'))
check(lambda: warnings.warn('x', int))
check(lambda: warnings.simplefilter('sometimes'))
check(lambda: warnings.filterwarnings('ignore', lineno=-1))
check(lambda: warnings.filterwarnings('ignore', category=int))
cw = warnings.catch_warnings()
check(lambda: cw.__exit__(None, None, None))
cw.__enter__()
check(lambda: cw.__enter__())
cw.__exit__(None, None, None)
print('__warningregistry__' in globals(), type(globals()['__warningregistry__']).__name__)
