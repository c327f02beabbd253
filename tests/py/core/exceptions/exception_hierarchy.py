# The builtin exception hierarchy.
import builtins
def chain(cls):
    return ' -> '.join([c.__name__ for c in cls.__mro__])
for name in ['BaseException', 'SystemExit', 'KeyboardInterrupt', 'GeneratorExit', 'Exception', 'StopIteration',
             'StopAsyncIteration', 'ArithmeticError', 'FloatingPointError', 'OverflowError', 'ZeroDivisionError',
             'AssertionError', 'AttributeError', 'BufferError', 'EOFError', 'ImportError', 'ModuleNotFoundError',
             'LookupError', 'IndexError', 'KeyError', 'MemoryError', 'NameError', 'UnboundLocalError', 'OSError',
             'FileNotFoundError', 'PermissionError', 'TimeoutError', 'ConnectionResetError', 'ReferenceError',
             'RuntimeError', 'NotImplementedError', 'RecursionError', 'SyntaxError', 'IndentationError', 'TabError',
             'SystemError', 'TypeError', 'ValueError', 'UnicodeError', 'UnicodeDecodeError', 'UnicodeEncodeError',
             'Warning', 'DeprecationWarning', 'UserWarning', 'RuntimeWarning', 'SyntaxWarning', 'BaseExceptionGroup',
             'ExceptionGroup']:
    print(chain(getattr(builtins, name)))
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError), issubclass(KeyError, IndexError))
print(issubclass(UnboundLocalError, NameError), issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, Exception))
print(IOError is OSError, EnvironmentError is OSError)
try:
    raise SystemExit(3)
except Exception:
    print('not caught by Exception')
except BaseException as e:
    print('caught as BaseException', type(e).__name__, e.code)
print(OSError(2, 'No such file').errno, OSError(2, 'No such file').strerror, str(OSError(2, 'No such file')))
print(type(OSError(2, 'x')).__name__, str(FileNotFoundError(2, 'gone', 'f.txt')))
print(repr(StopIteration(5).value), KeyError('k').args, NameError('n').name if hasattr(NameError('n'), 'name') else None)
e = ImportError('msg', name='mod', path='p')
print(e.name, e.path, e.msg, str(e))
print(repr(SyntaxError('bad', ('f.py', 1, 2, 'x y', 1, 3))), SyntaxError('bad', ('f.py', 1, 2, 'x y', 1, 3)).lineno)
