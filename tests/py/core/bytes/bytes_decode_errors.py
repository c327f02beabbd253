# Decoding and encoding failures and error handlers.
data = [b'\xff', b'\xc3', b'a\xe9b', b'\xe2\x82', b'\xf0\x9f\x98', b'\xc0\xaf', b'\xf5\x80\x80\x80', b'\xed\xb0\x80']
for d in data:
    try:
        print(d.decode('utf-8'))
    except UnicodeDecodeError as e:
        print(d, type(e).__name__, e)
    print(' replace:', ascii(d.decode('utf-8', 'replace')), 'ignore:', ascii(d.decode('utf-8', errors='ignore')),
          'bsr:', d.decode('utf-8', 'backslashreplace'), 'latin1:', ascii(d.decode('latin-1')))
try:
    b'abc'.decode('utf-8', 'strictest')
except LookupError as e:
    print(type(e).__name__, e)
print(b'abc'.decode('utf-8', 'strictest'))
try:
    b'\xff'.decode('utf-8', 'strictest')
except LookupError as e:
    print(type(e).__name__, e)
try:
    b'abc'.decode('bogus')
except LookupError as e:
    print(type(e).__name__, e)
print(b'\xff\xfeA\x00'.decode('utf-16'), b'A\x00B\x00'.decode('utf-16-le'), b'\x00A'.decode('utf-16-be'))
try:
    b'A'.decode('utf-16-le')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(bytearray(b'\xc3\xa9').decode(), str(b'\xc3\xa9', 'utf-8'), b'\xe9'.decode('cp1252'), b'\x80'.decode('cp1252'))
