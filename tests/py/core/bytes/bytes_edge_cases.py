# %-formatting corners, encodings, and the shared methods' edge cases (compared with CPython)
tests = ["b'%5%' % ()", "b'%-5%|' % ()", "b'%c' % True", "b'%(a)s %%' % {b'a': b'x'}", "b'%s' % {b'a': 1}", "b'%(a)s %s' % {b'a': b'x'}",
"b'%.0s|' % b'abc'", "b'%s' % ()", "b'%*.*f' % (8, 2, 3.14159)", "b'%-*d|' % (-5, 3)", "b'%ld %hd %Ld' % (1, 2, 3)",
"b'%#o %#X' % (0, 0)", "b'%05.1f' % -2.5", "b'%+.3e' % 12345.678", "b'%x' % 2**70", "b'%d' % -2**70", "b'%.3d' % 5",
"bytes('abc', 'ascii', 'ignore')", "bytes('aé', 'ascii', 'replace')", "bytes('aé', 'latin-1')", "bytes('€', 'cp1252')", "bytes('x', encoding='utf-16')",
"bytearray('aé', 'ascii', 'xmlcharrefreplace')", "bytes(source=b'kw')", "bytes(b'x', errors='strict')",
"b'abc'.split(None, -1)", "b'a b'.split(sep=None)", "b'  '.rsplit()", "b'a\\x85b'.split()", "b'abc'.splitlines(keepends=1)",
"b'x'.join(iter([b'a', b'b']))", "b''.join([bytearray(b'1'), bytearray(b'2')])", "b'ab'.count(97)", "b'abab'.rindex(b'b', 0, 3)",
"b'abc'.startswith(())", "b'abc'.endswith((b'bc', 'x'))", "b'abc'.startswith(b'b', 1)", "b'abc'.startswith(b'a', -10, 100)",
"b'a\\tbc\\td'.expandtabs(-1)", "b'ab'.hex(sep='-', bytes_per_sep=1)", "bytes(0).hex(':')", "b'\\x00'.hex(':', 5)",
"bytearray(b'abc')[-1:-4:-1]", "bytearray(b'abcdef')[1::2]", "b'abcdef'[10:]", "b'abcdef'[-100:2]", "b'abc'[True]",
"b'abc' * 2**30 if False else 0", "b'x' < bytearray(b'y')", "bytearray(b'x') < b'y'", "max(b'\\x01\\x03\\x02')",
"b'ab'.translate(None)", "b'ab'.translate(bytes(range(256)), delete=b'a')", "bytes.maketrans(bytearray(b'a'), b'b')[97:98]",
"b'hello'.replace(b'l', b'L', 1)", "b'hello'.replace(b'l', b'', -1)", "b'hello'.replace(b'x', b'y') ", "b'abc'.replace(b'', b'-', 0)",
"bytearray(b'abc').replace(b'b', b'')", "bytearray(b'abc').zfill(5)", "bytearray(b'abc').title()", "bytearray(b' a ').split()",
"b'ab'.isalnum(), b'a b'.isalnum(), b'\\xe9'.isalpha(), b'A1'.isupper(), b'Ab Cd'.istitle(), b'Ab cd'.istitle(), b'aB'.istitle()",
]
for t in tests:
    try:
        r = eval(t)
        print(t, '->', repr(r))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
