# Remaining str methods: format_map, isXXX via methods, index of methods, str.__mod__ and friends.
print('{a}-{b}'.format_map({'a': 1, 'b': 2}))
class Default(dict):
    def __missing__(self, k):
        return '<' + k + '>'
print('{x} and {y}'.format_map(Default(x='X')))
print('abc'.upper().lower().title().swapcase())
print(str.upper('abc'), str.join('-', 'xyz'), str.split('a b'), str.count('aaa', 'a'))
print(' '.join(sorted([m for m in dir(str) if not m.startswith('_')])))
print('Hello'.ljust(7, '.') + '|', 'x'.zfill(3), 'tab\tx'.expandtabs(2))
print('ABC'.lower().islower(), 'abc'.encode().decode().isascii())
print('%d items' % 3, '%s' % 'x', '%r' % 'x', 'a%%b' % ())
print('abc'.__str__() is not None, str('abc') == 'abc', repr(str('abc')))
print('a\tb'.split('\t'), 'CamelCaseString'.swapcase(), 'x'.center(3).replace(' ', '_'))
