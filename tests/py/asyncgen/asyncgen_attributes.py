# Async generator object attributes: names, ag_* fields, repr, type, inspect/abc predicates, co_flags.
import collections.abc as cabc
import inspect
import types

def norepr(o):
    r = repr(o)
    i = r.find(' at 0x')
    return r if i < 0 else r[:i] + r[r.index('>', i):]

class Suspend:
    def __await__(self):
        self.it = self.body()
        return self.it
    def body(self):
        yield 'suspended'

SUSP = Suspend()

async def agf():
    yield 1
    await SUSP
    yield 2

g = agf()
print(type(g).__name__, type(g).__qualname__, type(g).__module__)
print(norepr(g))
print(g.__name__, g.__qualname__, g.ag_code.co_name, g.ag_code is agf.__code__)
print('unstarted: running', g.ag_running, 'await', g.ag_await, 'frame', g.ag_frame is not None)
print('frame code is ag_code:', g.ag_frame.f_code is g.ag_code)

print('-- setting names')
for attr, value in [('__name__', 1), ('__qualname__', None), ('__name__', b'x')]:
    try:
        setattr(g, attr, value)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    del g.__qualname__
except TypeError as e:
    print(type(e).__name__, e)
g.__name__ = 'renamed'
g.__qualname__ = 'Outer.renamed'
print(g.__name__, g.__qualname__, g.ag_code.co_name, norepr(g))
for attr in ('ag_running', 'ag_frame', 'ag_code', 'ag_await'):
    try:
        setattr(g, attr, None)
    except AttributeError as e:
        print(type(e).__name__, e)

print('-- while running')
aw = g.__anext__()
try:
    aw.send(None)
except StopIteration as e:
    print('first value', e.value, 'running', g.ag_running, 'await', g.ag_await)
aw = g.__anext__()
print('raw', aw.send(None))
print('in await: running', g.ag_running, 'ag_await is the iterator:', g.ag_await is SUSP.it)
print('frame line offset', g.ag_frame.f_lineno - agf.__code__.co_firstlineno)
try:
    aw.send(None)
except StopIteration as e:
    print('second value', e.value, 'running', g.ag_running, 'await', g.ag_await)
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print('finished: frame', g.ag_frame, 'await', g.ag_await, 'running', g.ag_running)

print('-- awaitable objects')
h = agf()
for aw in (h.__anext__(), h.asend(None), h.athrow(ValueError), h.aclose()):
    print(type(aw).__name__, norepr(aw), aw.__await__() is aw, iter(aw) is aw,
          isinstance(aw, cabc.Awaitable))
    aw.close()

print('-- nested qualnames')
class C:
    async def m(self):
        yield self
    def f(self):
        async def inner():
            yield 0
        return inner()
print(C().m().__qualname__, C().f().__name__, C().f().__qualname__)
print(norepr(C().f()))

print('-- predicates')
print(inspect.isasyncgen(g), inspect.isasyncgen(agf), inspect.isasyncgenfunction(agf),
      inspect.isasyncgenfunction(g))
print(inspect.iscoroutinefunction(agf), inspect.isgeneratorfunction(agf),
      inspect.iscoroutine(g), inspect.isgenerator(g), inspect.isawaitable(g))
print(type(g) is types.AsyncGeneratorType, types.AsyncGeneratorType.__name__)
print(isinstance(g, cabc.AsyncGenerator), isinstance(g, cabc.AsyncIterator),
      isinstance(g, cabc.AsyncIterable), isinstance(g, cabc.Iterable),
      isinstance(g, cabc.Awaitable), isinstance(g, cabc.Coroutine))
print(issubclass(types.AsyncGeneratorType, cabc.AsyncGenerator))
print(sorted(cabc.AsyncGenerator.__abstractmethods__))
try:
    types.AsyncGeneratorType()
except TypeError as e:
    print(type(e).__name__, e)

print('-- co_flags')
CO_ASYNC_GENERATOR = 0x200
def plain():
    pass
def gen():
    yield
async def coro():
    pass
for f in (agf, plain, gen, coro):
    print(f.__name__, bool(f.__code__.co_flags & CO_ASYNC_GENERATOR),
          bool(f.__code__.co_flags & 0x80), bool(f.__code__.co_flags & 0x20))
print(inspect.CO_ASYNC_GENERATOR == CO_ASYNC_GENERATOR)

print('-- identity')
a, b = agf(), agf()
print(a == a, a == b, a != b, hash(a) == hash(a))
