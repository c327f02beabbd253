# Async generators: async for over them, asend/athrow/aclose driven by hand.
class Suspend:
    def __await__(self):
        yield
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen(n):
    try:
        for i in range(n):
            await Suspend()
            yield i
    finally:
        print('  agen finally')
async def main():
    out = []
    async for v in agen(3):
        out.append(v)
    return out
print(run(main()))
g = agen(5)
print(type(g).__name__, g.__name__, g.__qualname__)
print(run(g.__anext__()), run(g.asend(None)), run(anext(g)))
run(g.aclose())
try:
    run(g.__anext__())
except StopAsyncIteration as e:
    print('after aclose:', type(e).__name__)
async def echo():
    received = None
    while True:
        received = yield f'echo {received}'
e = echo()
print(run(e.asend(None)), run(e.asend('x')), run(e.asend('y')))
async def catcher():
    try:
        yield 1
    except ValueError as err:
        yield f'caught {err}'
c = catcher()
print(run(c.asend(None)), run(c.athrow(ValueError('boom'))))
run(c.aclose())
async def comp():
    return [v * 2 async for v in agen(3)]
print(run(comp()))
print(run(anext(agen(0), 'default from anext')))
async def uses_aiter():
    it = aiter(agen(2))
    got = [await anext(it), await anext(it)]
    await it.aclose()
    return got
print(run(uses_aiter()))
try:
    exec('async def f():\n    yield 1\n    return 2')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
