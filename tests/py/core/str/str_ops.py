# String operators: +, *, in, comparisons, iteration, len, hash relations.
a, b = 'spam', 'eggs'
print(a + b, a * 3, 3 * a, a * 0, a * -2, repr(a * False), a * True)
print('a' < 'b', 'a' < 'B', 'abc' == 'abc', 'abc' != 'ABC', 'abc' >= 'abd', 'b' > 'abc', sorted(['b', 'B', 'a', 'A', '_', '1']))
print(max(['apple', 'Banana', 'cherry']), min('hello'), 'x' in 'xyz', 'xy' in 'xzy')
for ch in 'héy':
    print(ch, end='.')
print()
print(list(enumerate('ab')), list(zip('abc', 'xy')), [c * 2 for c in 'abc'], tuple('hi'), set('aaa'))
print(len(''), len('abc'), len('日本'), hash('abc') == hash('a' + 'bc'))
for bad in (lambda: 'a' + 1, lambda: 1 + 'a', lambda: 'a' * 'b', lambda: 'a' * 1.5, lambda: 'a' - 'b', lambda: 'a' < 1, lambda: -'a'):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
s = 'x'
s += 'y'
s *= 3
print(s)
print('a' 'b' 'c', ('multi'
      'line'), 'con' + 'cat' * 2)
print('abc'.__len__(), 'abc'.__contains__('b'), 'abc'.__getitem__(1), 'ab'.__add__('c'), 'ab'.__mul__(2), 'ab'.__rmul__(2))
print('abc'.__eq__(1), 'abc'.__lt__('abd'), str.__add__('x', 'y'))
