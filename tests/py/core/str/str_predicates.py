# is* predicates including Unicode.
samples = ['', 'abc', 'ABC', 'Abc', 'aBc', 'abc123', '123', '١٢٣', '½', '²', '   ', '\t\n', 'Hello World', 'Hello world',
           'é', 'ÉCOLE', 'ß', 'ǅ', 'a_b', 'foo', '_private', '1abc', 'class', 'α', 'Ⅻ', '一二', '\x00', 'a\u0301', 'ÀB1',
           '\u2028', 'x!', '٣.٤', 'Σσς']
preds = ['isalpha', 'isalnum', 'isdigit', 'isdecimal', 'isnumeric', 'isspace', 'islower', 'isupper', 'istitle',
         'isidentifier', 'isprintable', 'isascii']
print(' '.join([p[2:] for p in preds]))
for s in samples:
    print(ascii(s), ''.join(['T' if getattr(s, p)() else '.' for p in preds]))
print(b'abc'.isalpha(), b'ab1'.isalnum(), b'12'.isdigit(), b'  '.isspace(), b'Ab'.istitle(), b'AB'.isupper(), b'\xe9'.isalpha(), b'x'.isascii())
