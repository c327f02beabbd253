# str.splitlines with every line boundary and keepends.
s = 'a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'
print(s.splitlines())
print(s.splitlines(True))
print(''.splitlines(), '\n'.splitlines(), '\n\n'.splitlines(), 'x\n'.splitlines(), 'x\n'.splitlines(keepends=True))
print('\r\n\r\n'.splitlines(), '\r\r\n'.splitlines(True), 'no newline'.splitlines())
print('a\n\nb\n'.split('\n'), 'a\n\nb\n'.splitlines())
print(b'a\nb\r\nc\x0bd'.splitlines(), b'a\r\nb'.splitlines(keepends=True))
for line in 'first\nsecond\nthird'.splitlines():
    print(len(line), line.upper())
