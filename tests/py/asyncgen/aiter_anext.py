# Builtins aiter() and anext(): async generators, class-based async iterators, defaults, errors.

def norepr(o):
    r = repr(o)
    i = r.find(' at 0x')
    return r if i < 0 else r[:i] + r[r.index('>', i):]

class Suspend:
    def __await__(self):
        got = yield 'suspended'
        return got

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen(n):
    for i in range(n):
        await Suspend()
        yield i * 10

print('-- async generators')
g = agen(2)
print(aiter(g) is g)
a = anext(g)
print(type(a).__name__)
print(run(a), run(anext(g)))
try:
    run(anext(g))
except StopAsyncIteration as e:
    print('StopAsyncIteration', e.args)
print(run(anext(g, 'default')), run(anext(g, None)))
dg = agen(1)
d = anext(dg, 'dflt')
print(type(d).__name__, norepr(d), d.__await__() is d, iter(d) is d)
print('raw:', d.send(None))
try:
    d.send(None)
except StopIteration as e:
    print('StopIteration', e.value)
try:
    d.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
print(run(dg.aclose()), dg.ag_frame)

print('-- class-based async iterator')
class Counter:
    def __init__(self, stop):
        self.i, self.stop = 0, stop
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Suspend()
        self.i += 1
        if self.i > self.stop:
            raise StopAsyncIteration('exhausted')
        return self.i
c = Counter(2)
print(aiter(c) is c)
raw = anext(c)
print('without default:', type(raw).__name__)
print(run(raw))
print(run(anext(c, 'D')), run(anext(c, 'D')), run(anext(c, 'D')))
try:
    run(anext(c))
except StopAsyncIteration as e:
    print('StopAsyncIteration', e.args)
aw = anext(c, 'D')
run(aw)
try:
    aw.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

async def use_class():
    out = []
    async for v in Counter(3):
        out.append(v)
    out.append(await anext(Counter(0), 'empty'))
    return out
print(run(use_class()))

class AiterReturnsOther:
    def __aiter__(self):
        return Counter(1)
it = aiter(AiterReturnsOther())
print(type(it).__name__, run(anext(it)))

print('-- __anext__ returning a non-awaitable')
class RawNext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
print(anext(RawNext()))
try:
    run(anext(RawNext(), 'd'))
except TypeError as e:
    print(type(e).__name__, e)

print('-- errors')
for bad in (1, [1], 'abc', None):
    for call in (lambda: aiter(bad), lambda: anext(bad), lambda: anext(bad, 0)):
        try:
            call()
        except TypeError as e:
            print(type(e).__name__, e)
class BadAiter:
    def __aiter__(self):
        return 5
class NoAnext:
    def __aiter__(self):
        return self
for obj in (BadAiter(), NoAnext()):
    try:
        aiter(obj)
    except TypeError as e:
        print(type(e).__name__, e)
for call in (lambda: aiter(), lambda: aiter(1, 2), lambda: anext(), lambda: anext(1, 2, 3)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)

print('-- throw into anext awaitables')
async def catching():
    while True:
        try:
            yield 'value'
        except ValueError as e:
            print('caught', e)
g = catching()
print(run(anext(g, 'x')))
aw = anext(g, 'x')
print('raw send first:', end=' ')
try:
    aw.throw(ValueError('into anext'))
except StopIteration as e:
    print('StopIteration', e.value)
run(g.aclose())
print(run(anext(g, 'after close')))
