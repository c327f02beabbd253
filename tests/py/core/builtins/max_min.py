# max and min: iterables, multiple args, key, default, errors.
print(max([3, 1, 4]), min([3, 1, 4]), max(3, 1, 4), min('b', 'a', 'c'), max('hello'), min((2, 1), (1, 9)))
print(max([], default='empty'), min([], default=None), max([5], default=0), max('ab', 'abc', key=len), min(['aa', 'b'], key=len))
print(max([1, -5, 3], key=abs), min([1, -5, 3], key=abs), max({'a': 3, 'b': 1}, key={'a': 3, 'b': 1}.get), max({2: 'x', 9: 'y'}))
print(max([2, 2.0]), max([2.0, 2]), min([1, True]), max([0, False]), max(['b', 'a'], key=lambda s: 0))
print(max(range(10 ** 6)), min([x * x for x in [3, -1, 2]]))
for bad in (lambda: max([]), lambda: min(()), lambda: max(), lambda: max(1), lambda: max(1, 2, default=0), lambda: max([1, 'a']),
            lambda: min(1, 2, key=None, bogus=1), lambda: max([], key=len), lambda: min([[]], key=5)):
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(max([1, 2], key=None), max(iter([4, 8, 2])), min('zyx', default='d'))
