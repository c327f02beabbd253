# update() forms and merge operators.
d = {'a': 1}
d.update({'b': 2})
d.update([('c', 3), ('d', 4)])
d.update(e=5, a='A')
d.update({'f': 6}, g=7)
d.update(zip(['h'], [8]))
d.update()
d.update({})
print(d)
class KeysOnly:
    def keys(self):
        return ['x', 'y']
    def __getitem__(self, k):
        return k.upper()
d.update(KeysOnly())
print(d)
print(dict(KeysOnly()), {**KeysOnly()})
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, a, b)
a |= b
print(a)
a |= [('w', 0)]
print(a)
try:
    a | [('q', 1)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.update([('too', 'many', 'items')])
except ValueError as e:
    print(type(e).__name__, e)
try:
    d.update(['ab', 'cde'])
except ValueError as e:
    print(type(e).__name__, e)
print(dict(['ab', 'cd']))
class Sub(dict):
    pass
r = Sub(a=1) | {'b': 2}
print(r, type(r).__name__)
s = Sub(a=1)
s |= {'c': 3}
print(s, type(s).__name__)
