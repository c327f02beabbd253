# LOAD_ATTR remembers the instance dict entry it found a name in: whatever happens to the
# dict in between (deletions, re-insertions, a rebuild, another instance's order, a new
# __dict__, a key of another type with the name's hash), a load finds the current value.
class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b

def get_b(o):
    return o.b

p = P(1, 2)
print(get_b(p), get_b(p))
del p.a                 # b's entry keeps its number; a's is deleted
print(get_b(p))
p.a = 10                # a comes back at a new entry
print(get_b(p), p.a)
del p.b
try:
    get_b(p)
except AttributeError as e:
    print('AttributeError', e)
p.b = 20                # b at a new entry number
print(get_b(p))
for i in range(50):     # the dict grows and is rebuilt
    setattr(p, 'x%d' % i, i)
print(get_b(p), p.x49)

q = P(0, 0)
q.__dict__.clear()
q.z = 'z'
q.b = 'b after z'       # b at entry 1 in q, entry 0 in r
r = P(0, 0)
r.__dict__.clear()
r.b = 'b first'
for o in [q, r, q, r]:
    print(get_b(o))

s = P(1, 2)
s.__dict__ = {'b': 'new dict'}
print(get_b(s))
s.__dict__ = {'a': 1}
try:
    get_b(s)
except AttributeError as e:
    print('AttributeError', e)

class Shadow:
    b = 'class b'
t = Shadow()
print(get_b(t))
t.b = 'instance b'
print(get_b(t))
del t.b
print(get_b(t))

# A key that is not a str, with an attribute name's hash, whose __eq__ can raise: the load
# asks it, as CPython's does, and its exception propagates.
class K:
    armed = False
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        if K.armed:
            raise ValueError('eq called')
        return False

class O:
    def meth(self):
        return 'meth'

def load_x(o):
    return o.x

def call_meth(o):
    return o.meth()

o = O()
o.__dict__[K(hash('x'))] = 5
o.__dict__[K(hash('meth'))] = 6
o.x = 1
print(load_x(o), load_x(o), call_meth(o), call_meth(o))
K.armed = True
for f in [load_x, load_x, call_meth, call_meth]:
    try:
        print(f(o))
    except ValueError as e:
        print('ValueError', e)
