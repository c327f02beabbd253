# args, str(), repr() of builtin exceptions in many shapes.
cases = [ValueError(), ValueError('a'), ValueError('a', 'b'), ValueError(1), ValueError(None), ValueError(''),
         KeyError(), KeyError('k'), KeyError(1, 2), IndexError('i'), OSError(), OSError('msg'), OSError(1, 'two'),
         OSError(1, 'two', 'three'), StopIteration(), StopIteration(1, 2), SystemExit(), SystemExit(3), SystemExit('s'),
         UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad'), AttributeError('a', 'b'), Exception(['list'])]
for e in cases:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code, StopIteration(7).value, StopIteration().value)
e = AttributeError('x', name='attr', obj=5)
print(e.name, e.obj)
e = NameError('n', name='var')
print(e.name)
e = ValueError('notes')
print(hasattr(e, '__notes__'))
e.add_note('n1')
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as te:
    print(type(te).__name__, te)
print(BaseException.__new__(ValueError).args, ValueError.__name__, ValueError.__doc__)
try:
    raise AttributeError
except AttributeError as e:
    print(repr(e), e.name, e.obj)
class O:
    pass
try:
    O().missing
except AttributeError as e:
    print(repr(e), e.name, type(e.obj).__name__)
try:
    undefined_var
except NameError as e:
    print(repr(e), e.name)
