# contextmanager: exception delivery into the generator, suppression, misuse errors.
from contextlib import contextmanager
@contextmanager
def suppressing(*types):
    try:
        yield
    except types as e:
        print('  suppressed', repr(e))
with suppressing(ValueError):
    raise ValueError('gone')
print('continued after suppression')
try:
    with suppressing(ValueError):
        raise KeyError('not suppressed')
except KeyError as e:
    print('propagated', repr(e))
@contextmanager
def translating():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError('translated') from e
try:
    with translating():
        1 / 0
except ArithmeticError as e:
    print(repr(e), repr(e.__cause__))
@contextmanager
def yields_twice():
    yield 1
    yield 2
try:
    with yields_twice():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
@contextmanager
def never_yields():
    if False:
        yield
try:
    with never_yields():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
@contextmanager
def swallow_then_yield():
    try:
        yield
    except Exception:
        yield
try:
    with swallow_then_yield():
        raise ValueError('x')
except RuntimeError as e:
    print(type(e).__name__, e)
@contextmanager
def reraises():
    try:
        yield
    except Exception:
        print('  cleanup then re-raise')
        raise
try:
    with reraises():
        raise TypeError('original')
except TypeError as e:
    print('original preserved:', repr(e))
@contextmanager
def stop_iter_body():
    yield
try:
    with stop_iter_body():
        raise StopIteration('from body')
except StopIteration as e:
    print('StopIteration from body passes through:', repr(e))
