# collections.Counter: counting, most_common, arithmetic, comparisons and reprs.
from collections import Counter

c = Counter('gallahad')
print(c, c['a'], c['z'], len(c), c.total())
print(Counter({'red': 4, 'blue': 2}), Counter(cats=4, dogs=8), Counter(), Counter([]))
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
c.update('aaz')
c.update({'g': 10})
c.update(h=2)
print(c)
c.subtract('aaaa')
c.subtract({'z': 5})
c.subtract(g=1)
print(c)
del c['missing']
del c['z']
print('z' in c, c.get('z'), c.copy() == c, type(c.copy()).__name__)

a = Counter(a=3, b=1, d=-2)
b = Counter(a=1, b=2, c=1)
print(a + b, a - b, a | b, a & b, +a, -a)
x = Counter(a=3, b=-1)
x += Counter(b=1, c=2)
print(x)
x -= Counter(a=5)
print(x)
x |= Counter(c=5, e=1)
print(x)
x &= Counter(c=3)
print(x)
print(Counter('ab') == Counter('ba'), Counter(a=1) == Counter(a=1, b=0), Counter('a') != Counter('b'))
print(Counter('ab') <= Counter('abc'), Counter('ab') < Counter('ab'), Counter('abc') >= Counter('a'), Counter('abc') > Counter('abc'))
print(Counter(a=1) == {'a': 1}, Counter(a=1) == 1)

class Sub(Counter):
    pass
s = Sub('aab')
print(s, type(s + s).__name__, type(s.copy()).__name__)
print(Counter({'x': 1, 'y': 'text'}.keys()))
print(repr(Counter({1: 'a', 2: 3})) == "Counter({1: 'a', 2: 3})")
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: Counter.fromkeys('abc'))
check(lambda: Counter(5))
check(lambda: Counter('a') + 1)
check(lambda: Counter('a') - {'a': 1})
check(lambda: Counter('a') < 1)
print(dict(Counter('hello')), list(Counter('hello')), Counter('hello').most_common(1)[0])
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(3))
