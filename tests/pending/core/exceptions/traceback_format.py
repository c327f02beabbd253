# traceback.format_exc() and friends on caught exceptions (file names relative because of cwd).
import os
import traceback
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
def clean(text):
    # CPython names the main script by its absolute path; keep the expected output machine-independent.
    return text.replace(HERE, '')
def level3():
    raise ValueError('deep problem')
def level2():
    level3()
def level1():
    level2()
try:
    level1()
except ValueError:
    print(clean(traceback.format_exc()), end='')
try:
    x = {'a': 1}
    x['b']
except KeyError as e:
    print(clean(''.join(traceback.format_exception(e))), end='')
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception_only(e))
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError('wrapped') from e
except RuntimeError:
    print(clean(traceback.format_exc()), end='')
try:
    try:
        [][0]
    except IndexError:
        raise NameError('implicit chain')
except NameError:
    print(clean(traceback.format_exc()), end='')
try:
    raise TypeError('no chain') from None
except TypeError:
    print(clean(traceback.format_exc()), end='')
print(repr(traceback.format_exc()))
try:
    level1()
except ValueError as e:
    frames = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.lineno, f.line) for f in frames])
    print(len(traceback.format_tb(e.__traceback__)))
def f():
    return traceback.extract_stack()
print([fr.name for fr in f()][-2:])
class Custom(Exception):
    pass
try:
    raise Custom()
except Custom:
    print(traceback.format_exc().splitlines()[-1])
try:
    raise Custom('with msg', 2)
except Custom:
    print(traceback.format_exc().splitlines()[-1])
e = ValueError('note test')
e.add_note('first note')
e.add_note('second note')
print(traceback.format_exception_only(e))
