# Changing containers while iterating: errors for dict/set, defined behaviour for lists.
d = dict.fromkeys(range(8))
try:
    for k in d:
        d[k + 100] = None
except RuntimeError as e:
    print(type(e).__name__, e)
d = dict.fromkeys(range(8))
try:
    for k in d:
        d.pop(k)
except RuntimeError as e:
    print(type(e).__name__, e)
s = set(range(8))
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1}
it = iter(d)
d[2] = 2
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
l = list(range(5))
for x in l:
    if x < 3:
        l.append(x + 10)
print(l)
l = list(range(10))
for x in l:
    l.remove(x)
print(l)
count = 0
l = [0]
for x in l:
    count += 1
    if count < 1000:
        l.append(x + 1)
print(count, len(l), l[-1])
d = {'a': 1, 'b': 2}
for k in list(d):
    d[k * 2] = d.pop(k)
print(d)
