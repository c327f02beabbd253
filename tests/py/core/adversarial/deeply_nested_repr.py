# krait: no-gc-stress (large live sets: collecting at every allocation takes minutes)
# Deeply nested (non-cyclic) structures: moderate depth prints; extreme depth raises RecursionError.
def nest(n, make):
    v = make(None)
    for _ in range(n):
        v = make(v)
    return v
small = nest(20, lambda v: [v])
print(small)
print(repr(nest(10, lambda v: {'k': v})))
print(nest(10, lambda v: (v,)))
deep = []
cur = deep
for _ in range(100000):
    nxt = []
    cur.append(nxt)
    cur = nxt
for fn in (repr, str):
    try:
        r = fn(deep)
        print(fn.__name__, 'succeeded', len(r))
    except RecursionError as e:
        print(fn.__name__, type(e).__name__, e)
deep_d = {}
cur = deep_d
for _ in range(5000):
    cur['k'] = {}
    cur = cur['k']
try:
    repr(deep_d)
except RecursionError as e:
    print('dict', type(e).__name__, e)
deep_t = ()
for _ in range(5000):
    deep_t = (deep_t,)
try:
    repr(deep_t)
except RecursionError as e:
    print('tuple', type(e).__name__, e)
other = []
cur = other
for _ in range(5000):
    nxt = []
    cur.append(nxt)
    cur = nxt
shallow = []
cur = shallow
for _ in range(5000):
    nxt = []
    cur.append(nxt)
    cur = nxt
try:
    print(shallow == other)
except RecursionError as e:
    print('==', type(e).__name__, e)
print('still fine:', len(deep), len(deep[0]))
