# Syntax rules for await/async, checked by compiling source strings.
cases = [
    'await x',
    'def f():\n    await x',
    'async def f():\n    await x',
    'async def f():\n    [await x for x in y]',
    'def f():\n    async for x in y: pass',
    'async def f():\n    async for x in y: pass',
    'async def f():\n    async with x: pass',
    'def f():\n    async with x: pass',
    'async def f():\n    yield from x',
    'async def f():\n    return [x async for x in y]',
    'def f():\n    return [x async for x in y]',
    'async def f():\n    lambda: await x',
    'async = 1',
    'await = 1',
]
for src in cases:
    try:
        exec(src, {})
        print('ok      ', src.replace('\n', ' | '))
    except SyntaxError as e:
        print('error   ', src.replace('\n', ' | '), '->', e.msg)
