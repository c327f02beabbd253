# itertools: the common combinatoric and iterator-building functions.
import itertools as it
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle('ab'), 5)), list(it.repeat('x', 3)))
print(list(it.chain([1, 2], 'ab')), list(it.chain.from_iterable([[1], [2, 3]])), list(it.accumulate([1, 2, 3, 4])))
print(list(it.accumulate([1, 2, 3], lambda a, b: a * b, initial=10)), list(it.compress('abcd', [1, 0, 1, 0])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.filterfalse(None, [0, 1, '', 'a'])))
print([(k, list(g)) for k, g in it.groupby('aaabbca')], list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.product('ab', repeat=2)), list(it.permutations('abc', 2)), list(it.combinations(range(4), 3)))
print(list(it.combinations_with_replacement('ab', 2)), list(it.zip_longest('abc', [1], fillvalue='-')), list(it.pairwise('abcd')))
a, b = it.tee([1, 2, 3])
print(list(a), list(b), list(it.islice(range(10), 2, 8, 3)))
