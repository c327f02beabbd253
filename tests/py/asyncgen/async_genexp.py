# Asynchronous generator expressions: async for / await inside genexps, laziness, nesting.

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

async def produce(n, tag='p'):
    for i in range(n):
        print('  produce', tag, i)
        await Suspend()
        yield i

async def double(x):
    print('  double', x)
    await Suspend()
    return x * 2

async def main():
    print('-- type and laziness')
    ge = (x + 100 async for x in produce(3))
    print(type(ge).__name__, ge.__name__, ge.__qualname__)
    print(norepr(ge))
    print('nothing produced yet')
    print('first:', await ge.__anext__())
    print('rest:', [v async for v in ge])

    print('-- await inside a plain-looking genexp')
    ge2 = (await double(x) for x in [1, 2, 3])
    print(type(ge2).__name__)
    print('first:', await anext(ge2))
    out = []
    async for v in ge2:
        out.append(v)
    print('rest:', out)

    print('-- filters and multiple for clauses')
    ge3 = (x * y async for x in produce(3, 'a') if x != 1 for y in (1, 10))
    print([v async for v in ge3])
    ge4 = (await double(x) for x in range(5) if x % 2 async for _ in produce(1, 'inner'))
    print([v async for v in ge4])

    print('-- nested async genexps')
    inner = (x async for x in produce(3, 'n'))
    outer = (await double(x) async for x in inner)
    print(type(outer).__name__, [v async for v in outer])
    pairs = [[y async for y in produce(x, 'row%d' % x)] async for x in produce(3, 'rows')]
    print(pairs)
    print({k: v async for k, v in ((x, str(x)) async for x in produce(2, 'd'))})
    print({x % 2 async for x in (y async for y in produce(4, 's'))})

    print('-- genexp over a sync iterable with await only in the condition')
    ge5 = (x for x in range(4) if await double(x) > 2)
    print(type(ge5).__name__, [v async for v in ge5])

    print('-- plain genexp stays a generator')
    print(type((x for x in [1])).__name__)

    print('-- early aclose of an async genexp')
    ge6 = (x async for x in produce(5, 'c'))
    print(await ge6.__anext__())
    await ge6.aclose()
    try:
        await ge6.__anext__()
    except StopAsyncIteration:
        print('closed genexp is exhausted')

    print('-- exception from the source propagates')
    async def broken():
        yield 1
        raise ValueError('source broke')
    ge7 = (x async for x in broken())
    try:
        print([v async for v in ge7])
    except ValueError as e:
        print(type(e).__name__, e)

    print('-- evaluation of the first iterable is eager')
    def source():
        print('  source() called')
        return produce(1, 'e')
    ge8 = (x async for x in source())
    print('created')
    print([v async for v in ge8])

def sync_factory():
    # an async genexp may be created in a plain function
    return (x * 3 async for x in produce(2, 'f'))

async def consume_factory():
    g = sync_factory()
    print(type(g).__name__)
    return [v async for v in g]

run(main())
print(run(consume_factory()))

print('-- syntax')
for src in ("def f():\n    return [x async for x in y]\n",
            "def f():\n    return [await x for x in y]\n",
            "def f():\n    return (await x for x in y)\n",
            "def f():\n    return (x async for x in y)\n"):
    try:
        exec(src)
        print('compiled')
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
