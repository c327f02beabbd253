# async for with __aiter__/__anext__ and StopAsyncIteration.
class Suspend:
    def __await__(self):
        yield
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Suspend()
        self.i += 1
        return self.i
async def main():
    got = []
    async for v in Ticker(3):
        got.append(v)
    else:
        got.append('else')
    async for v in Ticker(5):
        if v == 2:
            continue
        if v == 4:
            break
        got.append(v * 10)
    return got
print(run(main()))
async def comprehension():
    return [v async for v in Ticker(4) if v % 2], {v: v * v async for v in Ticker(2)}
print(run(comprehension()))
async def not_async_iterable():
    async for v in [1, 2]:
        pass
try:
    run(not_async_iterable())
except TypeError as e:
    print(type(e).__name__, e)
class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
async def bad():
    async for v in BadAnext():
        pass
try:
    run(bad())
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(StopAsyncIteration, Exception), StopAsyncIteration.__mro__[1].__name__)
