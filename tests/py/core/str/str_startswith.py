# startswith/endswith with tuples and ranges.
s = 'hello.py'
print(s.startswith('he'), s.startswith('lo'), s.endswith('.py'), s.endswith(('.txt', '.py')), s.startswith(('x', 'y')))
print(s.startswith('llo', 2), s.startswith('llo', 2, 4), s.startswith('llo', 2, 5), s.endswith('hello', 0, 5), s.endswith('.p', 0, -1))
print(s.startswith(''), s.endswith(''), ''.startswith(''), s.startswith('', 100), s.startswith('', 8), s.endswith('', 9))
print(s.startswith(()), s.endswith(('',)), s.startswith('h', -8), s.startswith('o', -4), s.endswith('y', -1))
for bad in (['he'], 1, ('he', 1), None):
    try:
        print(s.startswith(bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    s.endswith(['py'])
except TypeError as e:
    print(type(e).__name__, e)
print(b'abc'.startswith(b'a'), b'abc'.endswith((b'x', b'c')), bytearray(b'abc').startswith(b'ab'))
try:
    b'abc'.startswith('a')
except TypeError as e:
    print(type(e).__name__, e)
