# Mutating a bytearray.
ba = bytearray(b'hello')
ba[0] = 72
print(ba, ba[0], len(ba))
ba.append(33)
ba.extend(b' world')
ba.extend([1, 2])
ba.extend(range(65, 67))
print(ba)
ba[1:3] = b'EY'
print(ba)
ba[1:3] = b''
print(ba)
ba[0:0] = b'>>'
print(ba)
del ba[0]
del ba[-3:]
print(ba)
ba.insert(0, 60)
ba.insert(100, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord(' '))
print(ba)
ba.reverse()
print(ba)
ba[::2] = b'x' * len(ba[::2])
print(ba)
ba += b'++'
ba *= 2
print(ba, len(ba))
ba.clear()
print(ba, len(ba))
for bad in (lambda: bytearray(b'a').__setitem__(0, 256), lambda: bytearray(b'a').__setitem__(0, b'a'),
            lambda: bytearray(b'a').append(-1), lambda: bytearray(b'abc').remove(120), lambda: bytearray().pop(),
            lambda: bytearray(b'abc').__setitem__(slice(None, None, 2), b'x'), lambda: bytearray(b'ab').extend('s'),
            lambda: bytearray(b'ab')[5]):
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
ba = bytearray(5)
print(ba, bytearray(b'ab') == b'ab', bytearray([1, 2]), bytearray('é', 'utf-8'), bytearray.fromhex('41 42'))
c = ba.copy()
c[0] = 1
print(ba, c, bytearray(b'xyz')[1], bytearray(b'xyz')[1:], type(bytearray(b'xyz')[1:]).__name__)
try:
    hash(bytearray(b'x'))
except TypeError as e:
    print(type(e).__name__, e)
b2 = bytearray(b'abc')
for i, v in enumerate(b2):
    b2[i] = v - 32
print(b2, bytes(b2), b2.upper(), b2.lower().decode())
