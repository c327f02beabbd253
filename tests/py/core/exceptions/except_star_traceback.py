# The tracebacks of what leaves a try-except*: leaves keep where they were raised, the
# unmatched rest keeps the original group's traceback, and a new group made from raised
# exceptions gets entries only from the frames it passes through afterwards.
import os
import traceback
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

def show(e):
    print(''.join(traceback.format_exception(e)).replace(HERE, ''), end='')

def fail(exc):
    raise exc

def collect():
    errors = []
    for exc in (ValueError('one'), TypeError('two'), KeyError('three')):
        try:
            fail(exc)
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup('collected', errors)

def handle_some():
    try:
        collect()
    except* ValueError:
        pass

def raise_in_clause():
    try:
        collect()
    except* ValueError:
        fail(OSError('raised in clause'))

def reraise_in_clause():
    try:
        collect()
    except* TypeError:
        raise

def caller(f):
    f()

for f in (handle_some, raise_in_clause, reraise_in_clause):
    print('==', f.__name__)
    try:
        caller(f)
    except BaseException as e:
        show(e)

# A naked exception re-raised from a clause: the wrapping group has no traceback of its own
# until it leaves the function.
def naked():
    try:
        fail(ValueError('naked'))
    except* ValueError:
        raise
print('== naked')
try:
    caller(naked)
except BaseException as e:
    show(e)
