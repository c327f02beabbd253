# next(gen) and gen.send(v) called from Python code: values, StopIteration with the return
# value, exhausted generators, re-entrance, errors from inside, bound send, coroutines' send.
import traceback


def gen():
    x = yield 1
    print('  got', x)
    y = yield x * 2
    return y


g = gen()
print(next(g), g.send(10))
try:
    g.send('done')
except StopIteration as e:
    print('StopIteration', e.value, e.args)
for f in (lambda: next(g), lambda: g.send(None), lambda: g.send(5)):
    try:
        f()
    except StopIteration as e:
        print('again StopIteration', e.args)
print(next(g, 'default'))

send = gen().send
try:
    send(1)
except TypeError as e:
    print('TypeError', e)


def selfish():
    yield next(me)


me = selfish()
try:
    next(me)
except ValueError as e:
    print('ValueError', e)


def failing():
    yield 1
    raise KeyError('inside')


f = failing()
next(f)
try:
    next(f)
except KeyError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print('KeyError', e, [(fr.name, fr.line) for fr in tb])
print(f.gi_frame, next(f, 'finished'))


def stop_inside():
    yield next(iter([]))


try:
    next(stop_inside())
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__)


async def coro():
    return 'value'


c = coro()
try:
    c.send(None)
except StopIteration as e:
    print('coroutine returned', e.value)
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError', e)


def nested():
    total = 0
    inner = gen()
    total += next(inner)
    total += inner.send(20)
    return total


print('nested', nested())
results = []
pipes = [gen() for _ in range(3)]
for p in pipes:
    results.append(next(p))
for i, p in enumerate(pipes):
    results.append(p.send(i))
print(results)
