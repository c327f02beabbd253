# str.join with various iterables and its errors.
print(','.join(['a', 'b', 'c']), ''.join(['x', 'y']), '-'.join('abc'), ', '.join(()), 'x'.join(['only']))
print(' '.join([str(i) for i in range(5)]), '+'.join(map(str, [1, 2, 3])), '|'.join({'k1': 1, 'k2': 2}))
print('日本'.join(['a', 'b']), '\n'.join(['l1', 'l2']).splitlines())
for bad in ([1, 2], ['a', 2, 'c'], ['a', None], [b'x'], 5, None):
    try:
        print(','.join(bad))
    except TypeError as e:
        print(type(e).__name__, e)
print(b','.join([b'a', bytearray(b'b')]), bytearray(b'-').join([b'x', b'y']))
try:
    b','.join(['a'])
except TypeError as e:
    print(type(e).__name__, e)
class S(str):
    pass
r = '-'.join([S('a'), S('b')])
print(r, type(r).__name__, type(''.join([S('q')])).__name__)
