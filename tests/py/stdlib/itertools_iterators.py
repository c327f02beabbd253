# itertools: every iterator type, partially consumed, with errors raised midway, reprs and
# argument errors as CPython reports them.
import itertools as it

def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

def take(n, i):
    return list(it.islice(i, n))

# count, cycle, repeat
c = it.count()
print(take(3, c), c, next(c), c)
print(take(3, it.count(2.5, 0.5)), it.count(1, 2), it.count(0, 1.0), it.count(3, True), it.count(-1, -1))
c = it.count(2**62, 2**62)
print(take(3, c), c)
print(take(7, it.cycle('abc')), take(3, it.cycle([])), take(4, it.cycle(iter([1, 2]))))
r = it.repeat('a', 3)
print(r, next(r), r, list(r), r, it.repeat(None), it.repeat(1, -5), list(it.repeat(2, 0)))
print(it.repeat(1, 4).__length_hint__(), list(map(pow, range(4), it.repeat(2))))
err(it.repeat(1).__length_hint__)

# accumulate
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([])))
print(list(it.accumulate([], initial=7)), list(it.accumulate('abc')), list(it.accumulate([1, 2], initial=None)))
print(list(it.accumulate(iterable=[1, 2], func=lambda a, b: a - b, initial=10)))

# chain
ch = it.chain('ab', [], (1,), range(2))
print(list(ch), list(ch), list(it.chain()), list(it.chain.from_iterable(['xy', 'z'])))
ch = it.chain([1], 5)
print(next(ch))
err(next, ch)
print(list(ch))

# compress, dropwhile, takewhile, filterfalse, starmap
print(list(it.compress('abcdef', [1, 0, 1, 1])), list(it.compress(data=range(5), selectors=it.cycle([0, 1]))))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, None, [], [0]])))
print(list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.starmap(lambda *a: a, ['ab', [1]])))
tw = it.takewhile(lambda x: x < 2, [1, 2, 1])
print(list(tw), list(tw))

# groupby
print([(k, list(g)) for k, g in it.groupby('AAAABBBCCDAABBB')])
print([k for k, g in it.groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in it.groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
groups = list(it.groupby('aabbc'))
print([(k, list(g)) for k, g in groups])
gb = it.groupby('aaab')
k, g = next(gb)
print(k, next(g), type(g).__name__)
k2, g2 = next(gb)
print(k2, list(g), list(g2))

# islice
print(list(it.islice('ABCDEFG', 2)), list(it.islice('ABCDEFG', 2, 4)), list(it.islice('ABCDEFG', 2, None)))
print(list(it.islice('ABCDEFG', 0, None, 2)), list(it.islice(it.count(), 5, 20, 4)), list(it.islice('abc', None)))
print(list(it.islice('abc', None, None, None)), list(it.islice('abc', 10)), list(it.islice(range(10), 8, 3)))
src = iter(range(10))
print(list(it.islice(src, 3)), next(src))

# pairwise, tee, zip_longest
print(list(it.pairwise('abcde')), list(it.pairwise('a')), list(it.pairwise([])))
a, b, c = it.tee(range(4), 3)
print(next(a), next(a), list(b), list(a), list(c))
t1, t2 = it.tee(iter('xyz'))
t3 = t1.__copy__()
print(next(t1), list(t2), list(t3), list(t1), type(t1).__name__, it.tee([], 0))
a, b = it.tee(range(200))
print(sum(a), sum(b))
x, y = it.tee(t1)
print(type(x) is type(t1), list(x), list(y))
print(list(it.zip_longest('ABCD', 'xy', fillvalue='-')), list(it.zip_longest()), list(it.zip_longest([1], [])))
print(list(it.zip_longest(range(3), 'ab', [True])))

# combinatorics
print(list(it.product('ab', range(2))), list(it.product(range(2), repeat=3)))
print(len(list(it.product('abc', 'de', repeat=2))), list(it.product('ab', [])), list(it.product()))
print(list(it.permutations(range(3))), list(it.permutations('abcd', 2))[:5], list(it.permutations('ab', 0)))
print(list(it.permutations('ab', None)), list(it.permutations('ab', 3)), len(list(it.permutations(range(5)))))
print(list(it.combinations('ABCD', 2)), list(it.combinations(range(4), 3)), list(it.combinations('ab', 5)))
print(list(it.combinations_with_replacement('ABC', 2)), list(it.combinations_with_replacement([], 0)))
print(len(list(it.combinations(range(10), 4))), len(list(it.combinations_with_replacement(range(6), 3))))
p = it.product('ab', repeat=2)
first = next(p)
print(first, next(p), list(p))

# reprs and types
print(repr(it.count), it.repeat, type(it.chain()), type(it.islice('', 1)).__name__, it.count.__module__)
print(it.chain.from_iterable([]).__class__.__name__, isinstance(it.count(), it.count))
class MyCount(it.count):
    pass
mc = MyCount(5)
print(next(mc), type(mc).__name__, isinstance(mc, it.count))

# argument errors
err(it.islice, [1])
err(it.islice, [1], -1)
err(it.islice, [1], 'a')
err(it.islice, [1], 1, -1)
err(it.islice, [1], -1, 2)
err(it.islice, [1], 'x', 2)
err(it.islice, [1], 1, 2, 0)
err(it.islice, [1], 1, 2, -1)
err(it.islice, [1], 1, 2, 3, 4)
err(it.islice, [1], stop=3)
err(it.islice, 1, 3)
err(it.count, 'a')
err(it.count, 1, 'a')
err(it.count, x=1)
err(it.count, 1, 2, 3)
err(it.repeat)
err(it.repeat, 1, 'a')
err(it.repeat, 1, 2, 3)
err(it.cycle)
err(it.cycle, 1)
err(it.cycle, [], [])
err(it.chain, x=1)
err(it.chain.from_iterable)
err(it.accumulate)
err(it.accumulate, [1], x=1)
err(it.accumulate, [1], None, 3)
err(it.compress, [1])
err(it.dropwhile, None)
err(it.takewhile, None, [], x=1)
err(it.groupby)
err(it.groupby, [1], key=None, x=1)
err(it.pairwise, 1)
err(it.pairwise)
err(it.starmap, pow)
err(it.tee)
err(it.tee, [1], -1)
err(it.tee, [1], 'a')
err(it.tee, [1], 2, 3)
err(it.zip_longest, [1], x=1)
err(it.zip_longest, 1)
err(it.product, [1], repeat=-1)
err(it.product, [1], x=1)
err(it.product, [1], repeat='a')
err(it.product, 1)
err(it.permutations)
err(it.permutations, 'ab', -1)
err(it.permutations, 'ab', 'x')
err(it.combinations, 'ab')
err(it.combinations, 'ab', -1)
err(it.combinations, 'ab', 1.0)
err(it.combinations_with_replacement, 'ab', -1)
err(list, it.starmap(pow, [1]))
err(list, it.accumulate([1, 'a']))
err(list, it.dropwhile(lambda x: 1 / 0, [1]))
err(list, it.groupby([1, 2], key=len))
err(it._grouper)
err(it._grouper, 1, 2)
