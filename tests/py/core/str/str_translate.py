# str.maketrans and translate.
t = str.maketrans('abc', 'xyz')
print(sorted(t.items()))
print('aabbcc-abc'.translate(t))
t2 = str.maketrans('abc', 'xyz', 'd')
print(sorted(t2.items()), 'abcd-dcba'.translate(t2))
t3 = str.maketrans({'a': 'AA', 'b': None, 'c': 99, 100: 'D'})
print(sorted(t3.items()), 'abcd'.translate(t3))
print('hello'.translate({ord('l'): 'L'}), 'hello'.translate({}), 'héllo'.translate({ord('é'): 'e'}))
for bad in (lambda: str.maketrans('ab', 'x'), lambda: str.maketrans({'ab': 'x'}), lambda: str.maketrans(1),
            lambda: 'abc'.translate({ord('a'): 1.5}), lambda: str.maketrans('a')):
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class Tab:
    def __getitem__(self, k):
        if k == ord('x'):
            raise LookupError
        return chr(k).upper()
print('abxcd'.translate(Tab()))
tb = bytes.maketrans(b'abc', b'ABC')
print(len(tb), b'aabbccdd'.translate(tb), b'abcdef'.translate(None, b'ace'), b'abc'.translate(tb, b'b'))
