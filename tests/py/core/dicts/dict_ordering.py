# Insertion order preservation.
d = {}
for key in ['zebra', 'apple', 'mango', 'banana']:
    d[key] = len(key)
print(d, list(d))
d['apple'] = 99
print(d)
del d['zebra']
d['zebra'] = 0
print(d)
d.pop('mango')
d['mango'] = 1
print(list(d.items()))
d2 = {3: 'c', 1: 'a', 2: 'b'}
print(d2, sorted(d2), dict(sorted(d2.items())))
print({'b': 1, 'a': 2} == {'a': 2, 'b': 1}, list({'b': 1, 'a': 2}) == list({'a': 2, 'b': 1}))
big = {i: i * i for i in range(100, 0, -7)}
print(list(big)[:5], list(big.values())[-3:])
for i in range(50):
    big[i] = -i
for i in range(0, 100, 2):
    big.pop(i, None)
print(list(big)[:12], len(big))
x = dict(b=1, a=2, c=3)
x.update(a=10, d=4)
print(x)
print({**{'k1': 1, 'k2': 2}, 'k0': 0, 'k1': 'over'})
print(dict.fromkeys('mississippi'))
