x = 1 + \
    2
x = 1 \
+ 2
if a and \
   b:
    pass
def f(a, b) \
        -> int:
    return \
        a
assert a, \
    b
with a as b, \
     c as d:
    pass
import a, \
    b
from a import b, \
    c
x = [1, \
     2]
x = 'abc' \
    'def'
x \
    = \
    1
for \
    i \
    in \
    y: \
    pass
lambda \
    x: x
while \
  0: pass
y = f(
    a,
    b
    )(
c)
z = (1
+ 2
- 3)
w = a[
1
:
2
]
del \
    a
if 1:
    x = 1 + \
2
    y = 3
