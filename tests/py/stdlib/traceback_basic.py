# traceback: extracting and formatting tracebacks, stacks, chains and groups. Expressions
# in the failing lines span whole lines, so that CPython prints no carets under them.
import sys
import os
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
def clean(text):
    return text.replace(HERE, '')

def inner():
    raise ValueError('inner problem')
def middle():
    inner()
def outer():
    middle()

try:
    outer()
except ValueError as e:
    exc = e
tb = exc.__traceback__
summary = traceback.extract_tb(tb)
print(type(summary).__name__, len(summary), [(f.name, f.line) for f in summary])
fs = summary[-1]
print(os.path.basename(fs.filename), fs.lineno, fs.name, fs.line, fs.locals, len(fs), fs[2], list(fs)[1:])
print(repr(fs).startswith('<FrameSummary file '), repr(fs).endswith('line 12 in inner>'))
print(fs == (fs.filename, 12, 'inner', "raise ValueError('inner problem')"), fs == summary[-1], fs != summary[0])
print(clean(''.join(traceback.format_tb(tb))), end='')
print(clean(''.join(traceback.format_tb(tb, limit=1))), end='')
print(clean(''.join(traceback.format_tb(tb, limit=-1))), end='')
print(clean(''.join(traceback.format_exception(exc))), end='')
print(clean(''.join(traceback.format_exception(type(exc), exc, tb, limit=2))), end='')
print(traceback.format_exception(exc, limit=0))
print(traceback.format_exception_only(exc), traceback.format_exception_only(ValueError, exc))
print([(os.path.basename(fn), ln, name, line) for fn, ln, name, line in traceback.extract_tb(tb)])
print([(type(f).__name__, n) for f, n in traceback.walk_tb(tb)])

# Printing goes to a file (sys.stderr by default).
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def text(self):
        return clean(''.join(self.parts))
cap = Capture()
traceback.print_exception(exc, file=cap)
traceback.print_tb(tb, limit=1, file=cap)
print(cap.text(), end='')
saved = sys.stderr
sys.stderr = Capture()
try:
    try:
        middle()
    except ValueError:
        traceback.print_exc()
        traceback.print_exc(limit=1, chain=False)
    text = sys.stderr.text()
finally:
    sys.stderr = saved
print(text, end='')
try:
    raise KeyError('key')
except KeyError:
    print(clean(traceback.format_exc()), end='')
print(repr(traceback.format_exc()))

# Chains: __cause__, __context__ and suppressed contexts.
def chained(kind):
    try:
        int('x')
    except ValueError as e:
        if kind == 'cause':
            raise RuntimeError('with cause') from e
        if kind == 'context':
            raise RuntimeError('with context')
        raise RuntimeError('suppressed') from None
for kind in ('cause', 'context', 'none'):
    try:
        chained(kind)
    except RuntimeError as e:
        print(clean(''.join(traceback.format_exception(e))), end='')
        print([l for l in traceback.format_exception(e, chain=False) if not l.startswith(' ')])
a = ValueError('a')
b = TypeError('b')
a.__context__ = b
b.__context__ = a
print(traceback.format_exception(a))

# Exception-only lines: modules, notes, SyntaxErrors and failing __str__.
class Local(Exception):
    pass
print(traceback.format_exception_only(Local('x')), traceback.format_exception_only(Local()))
print(traceback.format_exception_only(OSError(2, 'No such file')), traceback.format_exception_only(KeyError()))
e = ValueError('noted')
e.add_note('note 1')
e.add_note('two\nlines')
print(traceback.format_exception_only(e))
e2 = ValueError('bad notes')
e2.__notes__ = 'ab'
print(traceback.format_exception_only(e2))
e3 = ValueError('odd notes')
e3.__notes__ = 42
print(traceback.format_exception_only(e3))
class BadStr(Exception):
    def __str__(self):
        raise Exception('nope')
print(traceback.format_exception_only(BadStr()))
print(traceback.format_exception_only(SyntaxError('invalid syntax', ('prog.py', 2, 4, 'x = = 1\n', 2, 5))))
print(traceback.format_exception_only(SyntaxError('tabbed', ('t.py', 1, 3, '\t\tx y\n'))))
print(traceback.format_exception_only(SyntaxError('no location')))
print(traceback.format_exception_only(SyntaxError('file only', (None, None, None, None))))
se = SyntaxError('only file', ('name.py', None, None, None))
print(traceback.format_exception_only(se))
print(traceback.format_exception_only(IndentationError('expected an indented block', ('i.py', 5, 1, 'pass\n'))))
print(traceback.format_exception_only(None))

# TracebackException.
te = traceback.TracebackException.from_exception(exc)
print(te.exc_type.__name__, str(te), len(te.stack), te.__cause__, te.__context__, te.__suppress_context__)
print(clean(''.join(te.format())), end='')
print(list(te.format_exception_only()), te == traceback.TracebackException.from_exception(exc))
te2 = traceback.TracebackException(type(exc), exc, tb, limit=1)
print(len(te2.stack), te2.stack[0].name)
cap = Capture()
te2.print(file=cap)
print(cap.text(), end='')
tes = traceback.TracebackException.from_exception(SyntaxError('m', ('f.py', 1, 1, 'x\n')))
print(tes.filename, tes.lineno, tes.text, tes.offset, tes.msg)

# The current stack.
def where():
    return traceback.extract_stack()
def where_limited():
    return traceback.extract_stack(limit=2)
def caller():
    return where(), where_limited(), traceback.format_stack(), traceback.extract_stack(sys._getframe(0))
stack, limited, formatted, explicit = caller()
print([f.name for f in stack], [f.name for f in limited], [f.name for f in explicit])
print(stack[-1].line, clean(formatted[-1]), end='')
cap = Capture()
def show_stack():
    traceback.print_stack(file=cap)
show_stack()
print(cap.text(), end='')
print([f.f_code.co_name for f, n in traceback.walk_stack(sys._getframe())][:1])
print(traceback.format_list([('a.py', 1, 'f', 'x = 1'), ('b.py', 2, 'g', None)]))
print(traceback.StackSummary.from_list([('a.py', 1, 'f', 'line')]).format())

# Recursion is summarised.
def recurse(n):
    if n == 0:
        raise RecursionError('bottom')
    recurse(n - 1)
try:
    recurse(6)
except RecursionError as e:
    print(clean(''.join(traceback.format_exception(e))), end='')
def recurse3(n):
    if n == 0:
        raise RecursionError('bottom')
    recurse3(n - 1)
try:
    recurse3(3)
except RecursionError as e:
    print(len(traceback.format_tb(e.__traceback__)), traceback.format_tb(e.__traceback__)[-1].endswith("raise RecursionError('bottom')\n"))
try:
    traceback.format_exception(exc, exc)
except ValueError as e:
    print('ValueError', e)
try:
    traceback.format_exception(5)
except TypeError as e:
    print('TypeError', e)
