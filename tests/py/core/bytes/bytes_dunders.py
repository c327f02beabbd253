# Special methods exposed from the slots; bytearray pickling support.
print(bytearray.__hash__ is None, bytes.__hash__(b'') == 0, bytes.__len__(b'ab'), bytearray.__len__(bytearray(b'a')))
print(b'a'.__add__(b'b'), b'a'.__mul__(2), b'a'.__rmul__(2), b'%s'.__mod__(b'x'), b'a'.__rmod__(1))
print(b'b'.__contains__(98), bytes.__getitem__(b'ab', 1))
print(b'ab'.__eq__('ab'), b'ab'.__lt__(b'b'), bytearray(b'a').__eq__(b'a'), b'a'.__ne__(bytearray(b'a')))
print(b'abc'.__iter__().__next__(), bytearray(b'z').__iter__().__next__(), bytearray(b'a').__iadd__(b'b'), bytearray(b'a').__imul__(3))
x = bytearray(b'abc'); x.__setitem__(0, 65); x.__delitem__(1); print(x, x.__getitem__(slice(None, None, -1)))
print(sorted(dir(bytes)) == sorted(set(dir(bytes))), [m for m in dir(b'') if not m.startswith('__')] == [m for m in dir(bytes) if not m.startswith('__')])
print(bytes.fromhex.__self__ is bytes if hasattr(bytes.fromhex, '__self__') else 'no self', callable(bytes.maketrans))
print(len([m for m in dir(bytes) if not m.startswith('_')]), len([m for m in dir(bytearray) if not m.startswith('_')]))
b = bytearray(b'a\xff')
print(b.__reduce__(), b.__reduce_ex__(3), b.__reduce_ex__(0), bytearray().__reduce_ex__(2))
class BA(bytearray): pass
x = BA(b'q'); x.k = 1
print(x.__reduce_ex__(4))
try:
    b.__reduce_ex__('x')
except TypeError as e:
    print(e)
