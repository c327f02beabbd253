# find / rfind / index / rindex with start and end, including errors.
s = 'hello world, hello python'
for sub in ('hello', 'o', 'xyz', '', 'python', 'h'):
    print(repr(sub), s.find(sub), s.rfind(sub), s.find(sub, 5), s.rfind(sub, 0, 10), s.find(sub, -6), s.find(sub, 100))
print(s.find('o', 5, 8), s.find('o', 4, 5), s.find('o', 5, 4), s.rfind('o', -5), s.find('', 25), s.find('', 26))
print(s.index('world'), s.rindex('hello'), s.index('o', -10), s.rindex('l', 0, -15))
for call in (lambda: s.index('xyz'), lambda: s.rindex('xyz'), lambda: s.index('hello', 1, 5), lambda: 'abc'.index(''[:0] + 'd')):
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
try:
    s.find(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.index()
except TypeError as e:
    print(type(e).__name__, e)
print(s.find('o', None, None), s.find('o', None, 5), 'ab'.find('b', True))
print('αβγαβγ'.find('γ'), 'αβγαβγ'.rfind('γ'), '😀a😀'.find('a'), '😀a😀'.rindex('😀'))
print(b'abcabc'.find(b'c'), b'abcabc'.rfind(99), b'abc'.find(b'x'), bytearray(b'xyz').index(b'z'))
try:
    b'abc'.index(b'q')
except ValueError as e:
    print(type(e).__name__, e)
print('sub' in 'substring', '' in 'abc', 'abc' in '', '' in '', 'bs' not in 'substring')
try:
    1 in 'abc'
except TypeError as e:
    print(type(e).__name__, e)
