# dict methods.
d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, len(d), d['a'], d.get('z'), d.get('z', 0), d.get('a', 0), 'a' in d, 1 in d, 'z' not in d)
print(d.keys(), d.values(), d.items(), list(d), list(d.items()))
print(d.pop('b'), d.pop('zz', 'dflt'), d)
print(d.setdefault('a', 100), d.setdefault('n', []), d.setdefault('m'), d)
d['n'].append(5)
print(d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c['a'] = 'changed'
print(d, c)
c.clear()
print(c, len(c))
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys([], 1), dict.fromkeys(range(3), []))
shared = dict.fromkeys('xy', [])
shared['x'].append(1)
print(shared)
print(dict(), dict(a=1, b=2), dict([('a', 1), ['b', 2]]), dict({'x': 1}, y=2), dict(zip('ab', (1, 2))), dict([]))
print(dict({'a': 1}.items()), dict(((1, 2),), z=0))
print({1: 'a'} == {1: 'a'}, {1: 'a', 2: 'b'} == {2: 'b', 1: 'a'}, {1: 'a'} != {1: 'b'}, {} == dict())
del d['a']
print(d)
print(d.__len__(), d.__contains__('m'), d.__getitem__('c'), dict.__name__)
print(reversed(d) is not None, list(reversed({'p': 1, 'q': 2})), list(reversed({'p': 1}.items())))
e = {}
e[(1, 2)] = 'tuple key'
e[frozenset({1})] = 'frozenset key'
e[None] = 'none key'
e[1.5] = 'float key'
print(e)
print(e[(1, 2)], e[frozenset([1])], e[None])
