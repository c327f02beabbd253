# KeyError messages and other dict failures.
d = {'a': 1, 2: 'b', (3, 4): 'c'}
for key in ('missing', 5, (1, 2), None, '', 'quote\'s', 2.5, ('x',), (), frozenset()):
    try:
        d[key]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    d.pop('nope')
except KeyError as e:
    print('pop', type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print('popitem', type(e).__name__, e)
try:
    del d['gone']
except KeyError as e:
    print('del', type(e).__name__, e)
for bad in (lambda: d[[1]], lambda: d.get([1]), lambda: {[1]: 2}, lambda: d.setdefault({}), lambda: dict([1, 2]),
            lambda: dict([(1, 2, 3)]), lambda: dict(1), lambda: dict([('a',)]), lambda: d.update(5), lambda: d.update([1]),
            lambda: {'a': 1} + {'b': 2}, lambda: {'a': 1} < {'b': 2}, lambda: d.pop(), lambda: d.fromkeys(),
            lambda: {**[1]}, lambda: dict(**{1: 2})):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Missing(dict):
    def __missing__(self, key):
        return f'no {key!r}'
m = Missing(a=1)
print(m['a'], m['b'], m.get('b'), 'b' in m, len(m))
try:
    raise KeyError('multi', 'args')
except KeyError as e:
    print(e, e.args)
try:
    raise KeyError()
except KeyError as e:
    print(repr(str(e)), e.args)
