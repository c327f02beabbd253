# str.split and str.rsplit with separators and maxsplit.
samples = ['a b  c', '  leading and trailing  ', '', '   ', 'one', 'a,b,,c,', ',a,', '\ta\nb\x0bc\x0cd\re\x1cf\u3000g\x85h']
for s in samples:
    print(repr(s), s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(','), s.rsplit(',', 1))
print('a,b,c,d'.split(',', 0), 'a,b,c,d'.split(',', 2), 'a,b,c,d'.rsplit(',', 2), 'a,b,c,d'.split(',', -1))
print('a::b::c'.split('::'), 'a::b::c'.rsplit('::', 1), ':::'.split('::'), ':::'.rsplit('::'))
print('aaa'.split('a'), 'aaa'.split('aa'), 'aaa'.rsplit('aa'), 'abc'.split('abc'), 'abc'.split('abcd'))
print('  a  b  '.split(' '), '  a  b  '.split(maxsplit=1), '  a  b  '.rsplit(maxsplit=1))
print('x'.split(sep='x'), 'a b c'.split(sep=None, maxsplit=1), 'a b c'.rsplit(sep=' ', maxsplit=1))
for args in (('',), (1,), ('a', 'b')):
    try:
        print('abc'.split(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    'abc'.rsplit('')
except ValueError as e:
    print(type(e).__name__, e)
print('1 2 3'.split(maxsplit=-5), 'näive café'.split('é'), '日本 語'.split())
