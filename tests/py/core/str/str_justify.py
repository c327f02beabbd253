# center / ljust / rjust / zfill.
for w in (0, 3, 5, 6, 7, 10):
    print(repr('abc'.center(w)), repr('abc'.ljust(w)), repr('abc'.rjust(w)), repr('abc'.center(w, '*')), repr('ab'.center(w, '-')))
print(repr('abc'.ljust(8, '.')), repr('abc'.rjust(8, '0')), repr(''.center(4, 'x')), repr('a'.center(4)), repr('a'.center(5)))
for s in ('42', '-42', '+42', '', '-', 'abc', '3.14', '-0.5', '１２'):
    print(repr(s), repr(s.zfill(5)), repr(s.zfill(1)), repr(s.zfill(-1)))
for bad in ('ab', '', 1):
    try:
        'x'.center(5, bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    'x'.ljust('5')
except TypeError as e:
    print(type(e).__name__, e)
print(repr('é'.center(5, 'ü')), repr(b'ab'.center(6, b'*')), repr(b'-7'.zfill(4)), repr(bytearray(b'x').rjust(3)))
