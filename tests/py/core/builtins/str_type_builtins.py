# str(), type(), and class-level introspection builtins.
print(str(1), str(-1.5), str([1, 'a']), str((1,)), str({'a': None}), str(None), str(True), str(b'a'), str(...))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'x', encoding='ascii'), str(object=5), str(bytearray(b'q'), 'latin-1'))
for bad in (lambda: str(1, 'utf-8'), lambda: str(b'\xff', 'ascii'), lambda: str('x', 'utf-8')):
    try:
        print(bad())
    except (TypeError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
print(type(1), type(1.0), type('s'), type([]), type(()), type({}), type(set()), type(None), type(type), type(len), type(range(1)))
print(type(1) is int, type(True) is bool, type(True) is int, type(int) is type)
print(int.__name__, int.__qualname__, int.__module__, str.__module__, type(len).__module__ if hasattr(type(len), '__module__') else None)
