# StringIO and BytesIO, and classes derived from io's bases in Python.
import io

s = io.StringIO('line1\nline2\nline3')
print(s.read(3), s.tell(), s.readline(), s.readlines(), s.read(), s.tell())
s.seek(0)
print(list(s), s.seek(0, 2), s.write('!'), s.getvalue())
s.seek(2)
s.write('XY')
print(repr(s.getvalue()), s.tell(), s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(10)
s.write('z')
print(repr(s.getvalue()), s.readable(), s.writable(), s.seekable(), s.closed, s.line_buffering, s.newlines)
with io.StringIO() as t:
    t.writelines(['a\n', 'b\n'])
    print(t.getvalue().splitlines(), t.isatty())
print(t.closed)
u = io.StringIO('日本語テキスト\nsecond')
print(u.read(2), u.tell(), u.readline(), u.readline(2), u.read(), u.tell())
for nl in [None, '', '\n', '\r', '\r\n']:
    v = io.StringIO('a\r\nb\rc\nd', newline=nl)
    print(repr(nl), [v.readline() for i in range(5)], repr(v.getvalue()))
v = io.StringIO(newline='\r\n')
v.write('x\ny\n')
print(repr(v.getvalue()))
print(io.StringIO(None).getvalue() == '', io.StringIO(initial_value='q').read())
s = io.StringIO('abc')
print(s.readlines(1), s.read(0), s.read(-1), s.read(None) if True else 0)
print(repr(io.StringIO('x\ny\nz').readlines(2)))

b = io.BytesIO(b'one\ntwo\nthree')
print(b.read(2), b.tell(), b.readline(), b.readlines(), b.read(), b.tell())
b.seek(0)
print(list(b), b.seek(-3, 2), b.read(), b.seek(1), b.write(b'XX'), b.getvalue())
print(b.truncate(3), b.getvalue(), b.tell(), b.seek(0, 1), b.read1(2), b.readable(), b.writable(), b.seekable())
b.write(bytearray(b'++'))
print(b.getvalue(), b.readline(1), b.flush(), b.isatty())
with io.BytesIO() as c:
    c.writelines([b'a', b'b'])
    print(c.getvalue())
print(c.closed, io.BytesIO(bytearray(b'q')).read(), io.BytesIO(initial_bytes=b'k').read())

# subclassing the bases in Python
class Upper(io.TextIOBase):
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s.upper())
        return len(s)
    def readable(self):
        return False
w = Upper()
w.write('shout\n')
w.writelines(['a', 'b'])
print(w.parts, w.closed, isinstance(w, io.IOBase), w.writable(), w.seekable(), w.readable())
with w as same:
    print(same is w)
print(w.closed)
try:
    with w:
        pass
except ValueError as e:
    print('ValueError', e)

class Lines(io.RawIOBase):
    def __init__(self, data):
        self.data = data
    def read(self, n=-1):
        out, self.data = self.data[:1], self.data[1:]
        return out
    def readable(self):
        return True
r = Lines(b'ab\ncd\n')
print(r.readline(), list(r), r.readable())

class MyIO(io.StringIO):
    def write(self, s):
        return super().write(s * 2)
m = MyIO('init')
m.seek(0, 2)
m.write('x')
print(m.getvalue(), type(m).__name__, isinstance(m, io.TextIOBase), isinstance(m, io.StringIO))
print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.BufferedIOBase), issubclass(io.TextIOWrapper, io.IOBase))
print(io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase, io.FileIO, io.BufferedWriter, io.BufferedRandom)
try:
    io.IOBase().fileno()
except io.UnsupportedOperation as e:
    print(type(e).__name__, e, isinstance(e, OSError))
try:
    io.TextIOBase().read()
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
try:
    io.BufferedIOBase().write(b'')
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
print(io.text_encoding(None), io.text_encoding('utf-8'))
b = io.BytesIO(b'abcdef')
ba = bytearray(4)
print(b.readinto(ba), ba)
print(b.readinto(ba), ba, b.readinto(ba))
for bad in [b'xx', 'xx']:
    try:
        b.readinto(bad)
    except TypeError as e:
        print('TypeError', e)
