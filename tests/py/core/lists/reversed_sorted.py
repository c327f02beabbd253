# reversed() and sorted() on various objects.
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(5))), list(reversed(range(0, 10, 3))))
print(list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1, 'b': 2}.values())), list(reversed({'a': 1}.items())))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r), list(r))
print(r.__length_hint__() if hasattr(r, '__length_hint__') else 'nohint')
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter('custom')
print(list(reversed(Rev())))
for bad in (5, {1, 2}, iter([1]), None):
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
l = [1, 2, 3]
it = reversed(l)
l.append(4)
print(list(it))
l = [1, 2, 3]
it = reversed(l)
next(it)
l.clear()
print(list(it))
print(sorted('bca', reverse=True), sorted([3, 1, 2], key=None), sorted(iter([2, 1])))
