# Augmented assignment on names, attributes, subscripts; evaluation order.
x = 10
x += 5; x -= 3; x *= 2; x /= 4; x //= 2; x **= 3; x %= 7
print(x)
s = 'a'
s += 'b'
s *= 2
print(s)
l = [1]
alias = l
l += [2]
print(l is alias, alias)
t = (1,)
ta = t
t += (2,)
print(t is ta, ta, t)
class C:
    def __init__(self):
        self.v = 1
o = C()
o.v += 41
print(o.v)
d = {'k': [1]}
d['k'] += [2]
d.setdefault('n', 0)
d['n'] += 1
print(d)
log = []
class Logged:
    def __init__(self):
        self.data = {'a': 1}
    def __getitem__(self, k):
        log.append(('get', k))
        return self.data[k]
    def __setitem__(self, k, v):
        log.append(('set', k, v))
        self.data[k] = v
def key():
    log.append('key evaluated')
    return 'a'
lg = Logged()
lg[key()] += 10
print(log, lg.data)
b = 6
b &= 3; b |= 8; b ^= 1; b <<= 2; b >>= 1
print(b)
try:
    undefined_name += 1
except NameError as e:
    print(type(e).__name__, e)
def f():
    try:
        z += 1
    except UnboundLocalError as e:
        return str(e)
print(f())
m = [[0, 0], [0, 0]]
m[1][0] += 5
print(m)
