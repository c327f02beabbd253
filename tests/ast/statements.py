pass
if a: pass
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
if a: x = 1; y = 2
if a: pass
else: pass
while a:
    break
while a:
    continue
else:
    pass
while True: pass
for x in y:
    if x:
        break
    else:
        continue
else:
    pass
global g
global g, h, i
def f():
    global a, b
    nonlocal_ = 1
def outer():
    x = 1
    def inner():
        nonlocal x
        nonlocal x, y
        x = 2
    return inner
assert a
assert a, b
assert a, 'message %s' % b
assert (a, b)
assert not a, (yield_)
raise
raise E
raise E()
raise E from e
raise E('x') from None
raise E from (a or b)
del a
return_ = 1
if not a and b or c: pass
if (a
    and b):
    pass
if a:
    if b:
        if c:
            pass
        else:
            pass
    elif d:
        pass
x = 1; y = 2; z = 3
x = 1;
pass; pass
if a: pass; pass;
while 0: x; y
...
Ellipsis
