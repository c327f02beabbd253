# dict, list, tuple, set, frozenset, str, int, float constructors with various inputs.
print(list(), list('ab'), list((1,)), list({'k': 1}), list({1}), list(range(2)), list(b'ab'), list(map(abs, [-1])))
print(tuple(), tuple([1, 2]), tuple('x'), tuple({}), tuple(iter([3])))
print(dict(), dict(a=1), dict([(1, 2)]), dict({1: 2}, b=3), dict(zip('ab', 'cd')), dict.fromkeys('ab', 0))
print(set(), set('aab') == {'a', 'b'}, set([3, 1, 2]), frozenset(), frozenset([1, 1]), set(range(3)))
print(str(), str(1), str(1.5), str([1]), str(None), str(b'x'), str(b'x', 'ascii'), str(str), str(object)[:14])
print(int(), float(), complex.__name__ if False else 'no complex', bool(), bytes(), bytearray())
print(type(list('ab')).__name__, list.__name__, isinstance(list, type))
l = [1, 2]
print(list(l) is l, tuple((1,)) is not None, str('x'), frozenset([1]) == {1})
class Custom(list):
    pass
c = Custom([3, 4])
print(c, type(c).__name__, c + [5], type(c + [5]).__name__, c * 2, type(c[:1]).__name__)
class D(dict):
    def __getitem__(self, k):
        return 'always'
d = D(a=1)
print(d['a'], d.get('a'), dict(d), list(d.values()))
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple(None)
except TypeError as e:
    print(type(e).__name__, e)
