# for loops with else, break, continue over many iterables.
for i in range(3):
    print(i, end=' ')
else:
    print('| else after range')
for c in 'abc':
    if c == 'b':
        break
    print(c)
else:
    print('not reached')
for x in []:
    print('never')
else:
    print('else on empty')
for k in {'a': 1, 'b': 2}:
    print('key', k)
for k, v in {'a': 1, 'b': 2}.items():
    print(k, v)
for i, ch in enumerate('xy', start=1):
    print(i, ch)
for a, b in zip([1, 2, 3], 'ab'):
    print(a, b)
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print('even', i)
else:
    print('not reached')
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, 'is prime')
for i in range(3):
    pass
print('loop var after loop:', i)
for i in range(0):
    pass
print('unchanged:', i)
l = [1, 2, 3]
for l[0] in 'xyz':
    pass
print(l)
class C:
    pass
o = C()
for o.attr in range(2):
    pass
print(o.attr)
for (a, b), c in [((1, 2), 3)]:
    print(a, b, c)
try:
    for x in 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
for x in range(5, 0, -2):
    print(x, end=',')
print()
