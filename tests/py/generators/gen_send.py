# send(): values flow into the generator through yield expressions.
def echo():
    print('  started')
    received = None
    while True:
        received = yield f'echo: {received}'
        print('  got', repr(received))
        if received == 'stop':
            return 'stopped cleanly'
g = echo()
print(g.send(None))
print(g.send('hello'))
print(next(g))
print(g.send(42))
try:
    g.send('stop')
except StopIteration as e:
    print('StopIteration value:', e.value)
g2 = echo()
try:
    g2.send('too early')
except TypeError as e:
    print(type(e).__name__, e)
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
avg = averager()
next(avg)
print([avg.send(v) for v in (10, 20, 30, 40)])
def expr_yields():
    x = (yield 1) + (yield 2)
    yield x * 10
e = expr_yields()
print(next(e), e.send(3), e.send(4))
def accumulate():
    items = []
    while True:
        item = yield len(items)
        if item is None:
            break
        items.append(item)
    yield items
acc = accumulate()
next(acc)
acc.send('a')
acc.send('b')
print(acc.send(None))
g3 = echo()
list_after = []
try:
    next(g3)
    g3.send('stop')
except StopIteration as e:
    list_after.append(e.value)
print(list_after)
try:
    g3.send(1)
except StopIteration as e:
    print('send to finished generator:', repr(e), e.value)
