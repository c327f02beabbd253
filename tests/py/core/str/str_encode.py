# str.encode and bytes.decode with codecs and error handlers.
s = 'héllo wörld €'
print(s.encode(), s.encode('utf-8'), s.encode('latin-1', 'replace'), s.encode('ascii', 'ignore'))
print(s.encode('ascii', 'replace'), s.encode('ascii', 'xmlcharrefreplace'), s.encode('ascii', 'backslashreplace'))
print('abc'.encode('ascii'), 'ü'.encode('latin-1'), 'ü'.encode('utf-16-le'), 'ü'.encode('utf-32-be'), '😀'.encode())
try:
    s.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
    print(e.encoding, e.start, e.end, repr(e.object[e.start:e.end]), e.reason)
try:
    'x'.encode('no-such-codec')
except LookupError as e:
    print(type(e).__name__, e)
b = s.encode()
print(b.decode(), b.decode('utf-8'), len(b), len(s))
print(b'\xff\xfe'.decode('latin-1'), b'abc\xff'.decode('utf-8', 'replace'), b'abc\xff'.decode('utf-8', 'ignore'))
print(b'abc\xff'.decode('utf-8', 'backslashreplace'), b'abc\xffd'.decode('ascii', 'replace'))
for bad in (b'\xff', b'abc\xe2\x82', b'\xc3\x28', b'\xed\xa0\x80'):
    try:
        bad.decode()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
try:
    b'\x80'.decode('ascii')
except UnicodeDecodeError as e:
    print(type(e).__name__, e, e.start, e.end, e.reason)
print(str(b'abc', 'ascii'), str(b'\xc3\xa9', encoding='utf-8'), str(b'x\xff', 'utf-8', 'replace'))
print('\ud800'.encode('utf-8', 'surrogatepass'), 'a\ud800'.encode('utf-8', 'replace'))
try:
    '\ud800'.encode()
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeError, ValueError))
