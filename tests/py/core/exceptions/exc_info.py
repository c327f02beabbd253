# sys.exc_info() and sys.exception() inside and outside handlers.
import sys
print(sys.exc_info())
try:
    raise ValueError('info')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), type(tb).__name__, tb.tb_lineno, v.__traceback__ is tb)
    print(repr(sys.exception()) if hasattr(sys, 'exception') else 'no sys.exception in 3.11')
print(sys.exc_info())
def inner():
    return sys.exc_info()[0]
try:
    raise KeyError
except KeyError:
    print(inner().__name__)
    try:
        raise TypeError
    except TypeError:
        print(sys.exc_info()[0].__name__)
    print('restored to', sys.exc_info()[0].__name__)
print(sys.exc_info()[0])
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_next, type(tb.tb_lineno).__name__)
def raising():
    raise RuntimeError('deep')
try:
    raising()
except RuntimeError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
e = ValueError('never raised')
print(e.__traceback__, e.__context__, e.__cause__)
