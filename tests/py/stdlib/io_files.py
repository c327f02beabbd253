# Text and binary files: newline modes, encodings and errors, chunk boundaries, r+/a+ mixing,
# descriptors, openers and path-like objects.
import io, os
print(io.open is open, open)
n = '_io2.tmp'
with open(n, 'w', newline='') as f:
    f.write('a\r\nb\rc\nd\r')
with open(n) as f:
    print(repr(f.read()))
with open(n) as f:
    print([f.readline() for i in range(5)])
with open(n, newline='') as f:
    print(list(f))
with open(n, newline='\r') as f:
    print(list(f))
with open(n, newline='\r\n') as f:
    print(list(f))
with open(n, newline='\n') as f:
    print(list(f))
with open(n) as f:
    print(repr(f.read(2)), repr(f.read(1)), f.tell(), repr(f.read(3)), f.tell(), repr(f.read()), f.tell())
with open(n, 'w', newline='\r\n') as f:
    f.write('x\ny\n')
with open(n, 'rb') as f:
    print(f.read())
# encodings
for enc in ['utf-8', 'latin-1', 'ascii', 'utf-16', 'utf-8-sig', 'cp1252', 'utf-32']:
    try:
        with open(n, 'w', encoding=enc) as f:
            f.write('héllo\n')
            f.write('wörld\n')
        with open(n, 'rb') as f:
            raw = f.read()
        with open(n, encoding=enc) as f:
            print(enc, raw, f.readlines(), f.encoding)
    except Exception as e:
        print(enc, type(e).__name__, e)
with open(n, 'w', encoding='ascii', errors='replace') as f:
    f.write('héllo')
with open(n, 'rb') as f:
    print(f.read())
with open(n, 'wb') as f:
    f.write(b'caf\xe9\n\xff')
try:
    with open(n) as f:
        f.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
with open(n, errors='replace') as f:
    print(repr(f.read()))
with open(n, errors='ignore') as f:
    print(repr(f.read()))
with open(n, encoding='latin-1') as f:
    print(repr(f.read()))
# big file with multi-byte chars across chunk boundaries
with open(n, 'w') as f:
    for i in range(3000):
        f.write('ligne %d: é日本\n' % i)
with open(n) as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[-1], end='')
with open(n) as f:
    total = 0
    for line in f:
        total += len(line)
    print(total, f.tell(), os.path.getsize(n))
with open(n) as f:
    s = f.read(10000)
    print(len(s), f.tell(), len(f.read()))
with open(n, 'rb') as f:
    print(len(f.readline()), len(f.read(100)), f.tell(), len(f.readlines()), f.tell())
# r+ mixing
with open(n, 'w') as f:
    f.write('0123456789\nabcdef\n')
with open(n, 'r+') as f:
    print(f.readline(), end='')
    f.write('XYZ')
    f.seek(0)
    print(repr(f.read()))
    print(f.seek(0, 2), f.tell())
    f.truncate(5)
    f.seek(0)
    print(repr(f.read()))
with open(n, 'a+') as f:
    print(f.tell())
    f.write('++')
    f.seek(0)
    print(repr(f.read()))
with open(n, 'rb+') as f:
    print(f.read(2), f.tell())
    f.write(b'__')
    print(f.tell(), f.read())
    f.seek(-3, 2)
    print(f.read(), f.seek(1), f.read(1), f.seek(1, 1), f.read(1))
    print(f.truncate(), f.tell())
with open(n, 'rb') as f:
    print(f.read(), f.readline(), f.read(5))
# fd-based and opener
fd = os.open(n, os.O_RDONLY)
f = open(fd, closefd=False)
print(f.name == fd, repr(f.read()), f.closed)
f.close()
print(os.read(fd, 2))
os.close(fd)
def opener(path, flags):
    print('opener', path, flags & os.O_WRONLY != 0)
    return os.open(path, flags)
with open(n, 'w', opener=opener) as f:
    print(f.write('via opener'))
print(open(n).read())
print(open(n, buffering=0, mode='rb'))
class P:
    def __fspath__(self):
        return n
with open(P()) as f:
    print(f.read())
try:
    open(P(), 'q')
except ValueError as e:
    print(e)
os.remove(n)
try:
    open(P())
except FileNotFoundError as e:
    print(e.filename is not None, e.errno, e.strerror)
# print to files and StringIO
s = io.StringIO()
print('hello', 42, sep='-', end='!\n', file=s)
print('second', file=s)
print(repr(s.getvalue()))
with open(n, 'wb') as f:
    f.write(b'0123456789')
with open(n, 'rb') as f:
    buf = bytearray(4)
    print(f.readinto(buf), buf, f.read1(3), f.readinto(bytearray(10)), f.readinto(buf))
os.remove(n)
