# str subclasses, iteration, large and non-ASCII strings, hashing, comparisons.
class S(str):
    pass
s = S('héllo')
print(type(s).__name__, s, len(s), s.upper(), type(s.upper()).__name__, type(str(s)).__name__, repr(s))
print(type(s + 'x').__name__, type(s * 2).__name__, type(s[1:]).__name__, type(s[:]).__name__, s == 'héllo', hash(s) == hash('héllo'))
s.attr = 5
print(s.attr, s.__dict__)
class T(str):
    def __repr__(self):
        return 'T!'
t = T('abab')
print(t, repr(t), [t], '%s %r' % (t, t), '{} {!r}'.format(t, t), f'{t} {t!r}')
print(S('abc').__getnewargs__(), type(S('abc').__getnewargs__()[0]).__name__)
class R:
    def __radd__(self, o): return 'radd:' + o
    def __rmul__(self, o): return 'rmul:' + o
    def __rmod__(self, o): return 'rmod:' + o
print('x' + R(), 'x' * R())
class M(str):
    def __mod__(self, o): return 'mod!'
print(M('a') % 1)
# iteration
it = iter('héllo')
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(list(iter('')), sorted('hello'), ''.join(reversed('héllo')))
# big strings
big = 'ab' * 100000
print(len(big), big.count('ab'), big.find('ba', 1000), big.rfind('ab'), len(big.split('b')), big[::1000][:10])
u = 'é' * 1000 + 'x' + 'ü' * 1000
print(u.find('x'), u.index('ü'), u.rfind('é'), u[1000], u[-1], u[999:1002], len(u[::-3]), u.count('é'))
print(u.split('x')[1][:3], len(u.encode()), u.upper()[:3], u.center(2005, '*')[:4])
# hashing and dict use
d = {}
for i in range(1000):
    d['k%d' % i] = i
print(len(d), d['k999'], 'k500' in d, 'k1000' in d)
print(hash('') == hash(''), hash('a') != -1, {'a': 1, 'é': 2, '😀': 3})
# comparisons
print('a' < 'é' < '日' < '😀', '\ud800' < '\ue000', 'abc' < 'abd', 'ab' < 'abc', sorted(['é', 'e', 'f', 'E']))
print('é'.__eq__('é'), 'a'.__ne__('b'), 'a'.__gt__(1), 'b'.__ge__('b'))
print(str(), str(''), str(1.5), str(b'x'), str([1]), str(None), str(object=3))
print(repr('a\x00\n\t\\"\''), ascii('日本\x00'))
print('abc'.__sizeof__() > 0, 'a' in 'abc', 'é' in 'café', '' in '', 'é' not in 'abc')
x = 'abc'
print(x[0] is x[0], x[-1], x[True])
print(''.join(['a'] * 5), '-'.join(('x', 'y')), ','.join(iter(['p', 'q'])), ''.join([x for x in 'abc']))
print('a%sb' % '', '%s' % 'é' * 3, '%-3s|' % 'é')
