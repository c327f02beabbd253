# Non-ASCII text: lengths, ord/chr, escapes, normalisation-free comparisons.
s = 'naïve café — 日本語 😀 \u00e9 e\u0301'
print(s, len(s), ascii(s), repr(s))
print([ord(c) for c in 'é日😀'], chr(233), chr(0x65e5), chr(0x1f600), repr(chr(0)), repr(chr(0x7f)), repr(chr(0xa0)))
print('\N{GREEK SMALL LETTER ALPHA}', '\u03b1' == 'α', '\U0001F600' == '😀', '\x41', '\101', '\u00e9' == 'e\u0301')
print(repr('\t\n\r\x0b\x0c\\\'"'), repr("'"), repr('"'), repr('\'"'), repr('\x1b[0m'), repr('\u200b'), repr('\ud800'))
print(repr('\U0010ffff'), repr('\u0378'), repr('\u00ad'), repr('\u2028'), repr('\x85'), repr('\xff'), repr('ÿ'))
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord('ab')
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord('')
except TypeError as e:
    print(type(e).__name__, e)
print(ord(b'a'), ord(bytearray(b'z')), sorted('日本語abcé'), max('héllo'), min('Zürich'))
print('é' < 'z', 'Z' < 'a', 'α' > 'z', '😀' > '日', 'abc' < 'abd', 'ab' < 'abc', '' < 'a')
print(s.encode('utf-8').decode('utf-8') == s, len(s.encode('utf-8')), len(s.encode('utf-16-le')))
print('%s|%5s|%-5s|' % ('é', '日本', 'ü'), f'{"日本":>6}|{"é":*^5}|')
print(str(), str('x'), str(5), str(None), str([1, 'a']), str(b'\xe9'), str(('é',)))
print(''.join(reversed('añb😀')), list('a😀b'), 'x😀' * 2, '😀' in 'a😀b')
