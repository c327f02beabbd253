# async with: __aenter__/__aexit__ (driven without asyncio).
class Suspend:
    def __await__(self):
        yield
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Resource:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    async def __aenter__(self):
        print('  aenter', self.name)
        await Suspend()
        return self.name.upper()
    async def __aexit__(self, t, v, tb):
        print('  aexit', self.name, t.__name__ if t else None)
        await Suspend()
        return self.suppress
async def main():
    async with Resource('db') as r:
        print('  using', r)
    async with Resource('a') as a, Resource('b') as b:
        print('  using both', a, b)
    async with Resource('s', suppress=True):
        raise ValueError('suppressed by aexit')
    try:
        async with Resource('p'):
            raise KeyError('propagates')
    except KeyError as e:
        print('  caught', repr(e))
    return 'main done'
print(run(main()))
class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
async def wrong():
    async with SyncOnly():
        pass
try:
    run(wrong())
except TypeError as e:
    print(type(e).__name__, e)
class BadAenter:
    def __aenter__(self):
        return 5
    async def __aexit__(self, *a):
        pass
async def wrong2():
    async with BadAenter():
        pass
try:
    run(wrong2())
except TypeError as e:
    print(type(e).__name__, e)
