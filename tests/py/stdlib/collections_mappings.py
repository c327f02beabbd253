# collections: OrderedDict, defaultdict, ChainMap, UserDict, UserList, UserString.
from collections import OrderedDict, defaultdict, ChainMap, UserDict, UserList, UserString
import copy

od = OrderedDict.fromkeys('abcde')
od.move_to_end('b')
print(''.join(od), list(od.keys()))
od.move_to_end('b', last=False)
print(''.join(od), od.popitem(), od.popitem(last=False), ''.join(od))
o2 = OrderedDict([('x', 1), ('y', 2)])
print(o2, repr(OrderedDict()), o2.keys(), o2.values(), o2.items())
print(list(reversed(o2)), list(reversed(o2.keys())), list(reversed(o2.items())), list(reversed(o2.values())))
print(o2 == OrderedDict([('y', 2), ('x', 1)]), o2 == {'y': 2, 'x': 1}, dict(o2) == o2, o2 != OrderedDict(x=1, y=2))
print(o2 | {'z': 3}, {'w': 0} | o2, type({'w': 0} | o2).__name__)
o2 |= {'a': 0}
print(o2, o2.copy(), type(o2.copy()).__name__, copy.deepcopy(o2))
print(o2.setdefault('x', 9), o2.setdefault('new', 9), o2.pop('new'), o2.get('nope', -1), len(o2))
o2['x'] = 100
print(list(o2.items()), isinstance(o2, dict), 'x' in o2)
rec = OrderedDict(a=1)
rec['me'] = rec
print(rec)
class LastUpdated(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)
lu = LastUpdated(a=1, b=2)
lu['a'] = 3
lu.update(b=4)
print(lu)
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: OrderedDict().popitem())
check(lambda: OrderedDict(a=1).move_to_end('zz'))

dd = defaultdict(list)
for k, v in [('yellow', 1), ('blue', 2), ('yellow', 3), ('blue', 4), ('red', 1)]:
    dd[k].append(v)
print(sorted(dd.items()), dd.default_factory)
print(dd)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, counts.get('zz'), 'zz' in counts)
print(defaultdict(), defaultdict(None, {'a': 1}), defaultdict(list, a=[1]), defaultdict(dict, [('k', {})]))
nd = defaultdict(lambda: 'default')
print(nd['x'], dict(nd))
c = counts.copy()
print(type(c).__name__, c.default_factory, c == counts, copy.copy(counts) == counts, copy.deepcopy(dd)['red'])
print(type(counts | {'z': 1}).__name__, (counts | {'z': 1})['z'], type({'z': 1} | counts).__name__)
none_dd = defaultdict()
check(lambda: none_dd['missing'])
check(lambda: defaultdict(5))
dd.default_factory = set
print(dd['new'], isinstance(dd, dict))
selfdd = defaultdict(list)
selfdd['me'] = selfdd
print(selfdd)

base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm['a'], cm['b'], cm['c'], len(cm), sorted(cm), list(cm), cm.get('d', 'none'), 'a' in cm)
print(cm, cm.maps, dict(cm))
cm['a'] = 100
print(over, base)
del cm['a']
check(lambda: cm.__delitem__('a'))
child = cm.new_child()
child['x'] = 1
print(child, child.parents, cm.new_child({'m': 1}), cm.new_child(k=2))
print(ChainMap(), bool(ChainMap()), bool(ChainMap({}, {1: 2})), ChainMap.fromkeys('ab', 0))
check(lambda: ChainMap({}).pop('q'))
check(lambda: ChainMap({}).popitem())
print(ChainMap({1: 2}).pop(1), ChainMap({'z': 1}, {'y': 2}) | {'w': 3}, {'w': 3} | ChainMap({'z': 1}))
cm2 = ChainMap({'a': 1})
cm2 |= {'b': 2}
cm2.clear()
print(cm2, copy.copy(cm) == cm, cm.copy().maps[0] is cm.maps[0])
print(ChainMap({'a': 1}) == {'a': 1}, sorted(ChainMap({'a': 1}, {'b': 2}).items()), list(ChainMap({'a': 1}).values()))
class DefaultChain(ChainMap):
    def __missing__(self, key):
        return f'missing {key}'
print(DefaultChain({})['q'])

ud = UserDict({'a': 1}, b=2)
ud['c'] = 3
print(ud, ud.data, len(ud), ud['a'], 'c' in ud, ud.get('z', 0), list(ud), ud == {'a': 1, 'b': 2, 'c': 3})
del ud['a']
print(ud, ud.copy(), type(ud.copy()).__name__, ud | {'z': 0}, {'z': 0} | ud, UserDict.fromkeys('ab'))
check(lambda: ud['nope'])
class Missing(UserDict):
    def __missing__(self, key):
        return key * 2
print(Missing()['ab'], Missing(x=1).copy(), type(Missing().copy()).__name__)
ud.update([('k', 'v')])
print(ud.pop('k'), ud.setdefault('s', 1), ud.popitem(), sorted(ud.items()), sorted(ud.keys()), sorted(ud.values()))

ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
print(ul, ul.data, ul[1:3], type(ul[1:3]).__name__, ul + [9], [8] + ul, ul * 2, len(ul), ul[0], 5 in ul)
ul.extend(UserList([7]))
ul.insert(0, -1)
ul.remove(7)
ul += [6]
print(ul, ul.pop(), ul.pop(0), ul.index(2), ul.count(2), ul == [0, 1, 2, 3], ul < [0, 2], ul.copy())
ul.reverse()
ul[0] = 'x'
del ul[1]
print(ul, UserList(), UserList(ul), UserList('ab'), UserList((1,)) == UserList([1]))

us = UserString('Hello')
print(us, repr(us), us + ' world', 'Say ' + us, us * 2, us[1:3], type(us[1:3]).__name__, len(us), 'ell' in us)
print(us.upper(), us.lower(), us.find('l'), us.replace('l', 'L'), us.split('l'), us.startswith('He'), us.center(9, '*'))
print(us == 'Hello', us < 'World', UserString(42), int(UserString('7')) + 1, us.join('ab'))
print(UserString('a%sc') % 'b', us.strip('Ho'), us.isalpha(), us.zfill(7), us.count('l'), us.encode())
