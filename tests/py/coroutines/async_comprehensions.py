# Async comprehensions (PEP 530), driven by hand: async for clauses, await in the element,
# nesting (3.11 makes an outer comprehension asynchronous), and async with errors.
class Step:
    def __await__(self):
        yield "step"


class Ticker:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Step()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps


async def double(x):
    await Step()
    return 2 * x


async def main():
    a = [v async for v in Ticker(3)]
    b = {v: [w async for w in Ticker(v)] for v in range(3)}
    c = [await double(v) for v in range(3)]
    d = [[w async for w in Ticker(v)] for v in range(3)]
    e = {v async for v in Ticker(4) if v % 2 == 0}
    f = [(v, w) async for v in Ticker(2) for w in range(2)]
    return a, b, c, d, e, f


print(run(main()))


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Step()
        print("enter", self.name)
        return self.name

    async def __aexit__(self, *exc):
        await Step()
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return self.suppress


async def with_uses():
    async with Manager("a") as a, Manager("b") as b:
        print("body", a, b)
    async with Manager("s", suppress=True):
        raise ValueError("swallowed")
    for i in range(3):
        async with Manager(f"loop{i}"):
            if i == 1:
                break
    try:
        async with Manager("r"):
            return "returned"
    finally:
        print("finally")


print(run(with_uses()))


class NoAexit:
    async def __aenter__(self):
        return self


class SyncOnly:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


class BadAenter:
    def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return 2


async def broken(m):
    async with m:
        pass


for m in (NoAexit(), SyncOnly(), BadAenter(), 5):
    try:
        run(broken(m))
    except TypeError as e:
        print("TypeError:", e)


async def iter_errors(obj):
    async for x in obj:
        pass


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 7


class NoAnext:
    def __aiter__(self):
        return 3


for obj in ([1], BadAnext(), NoAnext()):
    try:
        run(iter_errors(obj))
    except TypeError as e:
        print("TypeError:", e, type(e.__cause__).__name__)

for src in ("def f():\n    return [x async for x in y]\n",
            "def f():\n    return [await x for x in y]\n",
            "async def f():\n    return [[x async for x in y] for y in z]\n",
            "def f():\n    async with x:\n        pass\n"):
    try:
        exec(src, {})
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
