async def f(): pass
async def f(a, *, b=1) -> int:
    await x
    await x.y()
    await (await x)
    return await x
async def f():
    async for a in b:
        pass
    async for a, *b in c:
        pass
    else:
        pass
    async with a as b:
        pass
    async with a, b as c:
        pass
    async with (a as b, c as d):
        pass
    x = await y
    x = [await z for z in y]
    x = [z async for z in y]
    x = {z async for z in y if await z}
    x = {k: v async for k, v in y}
    x = (z async for z in y)
    x = [z for y in w async for z in y]
    x = [z async for y in w for z in y]
    x = await a ** 2
    x = -await a
    x = await a[0]
    x = await a.b(c)
    await f(await g)
    yield
    yield await x
    f(await x, k=await y)
    a[await b] = await c
    x = await a if await b else await c
    x = lambda: await_
    def inner():
        async def deep():
            await 1
        return deep
async def gen():
    yield 1
    async with a:
        yield
class C:
    async def m(self):
        async with self:
            return self
await_ = 1
async_ = 2
(x async for x in y)
