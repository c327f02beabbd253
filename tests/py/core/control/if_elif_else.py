# if / elif / else chains and truthiness of conditions.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'
for n in (-5, 0, 3, 42, 1000):
    print(n, classify(n))
for v in (0, 1, '', 'x', [], [0], {}, {0: 0}, None, 0.0, -0.0, 1e-300, (), ((),), set(), range(0), range(1)):
    if v:
        print(repr(v), 'truthy')
    else:
        print(repr(v), 'falsy')
x = 5
if x > 3:
    if x > 4:
        print('nested both')
    else:
        print('nested outer only')
if x: print('one-liner')
if not x: print('never')
else: print('else one-liner')
if x == 5: pass
if (y := x * 2) > 8:
    print('walrus in if', y)
if []: print('no')
elif [1]: print('elif taken')
class Falsy:
    def __bool__(self):
        print('__bool__ called')
        return False
if Falsy():
    print('no')
else:
    print('Falsy is false')
class Bad:
    def __bool__(self):
        return 1
try:
    if Bad():
        pass
except TypeError as e:
    print(type(e).__name__, e)
