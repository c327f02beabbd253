"""Deep delegation: values yielded up and sent down through chains of
`yield from` 50 to 150 generators deep (built by recursion and by wrapping
relays around a generator, with an occasional `.throw()` caught at the bottom
and return values passed back up level by level), a chain ending in `yield
from range(...)` pulled by a `for` loop, and chains of `async def` coroutines
awaiting each other, driven by hand with `.send()` (no asyncio), that suspend
at the bottom on a small awaitable class whose `__await__` yields. Measures
resuming generators and coroutines through many delegating frames per value.

Usage: yield_from_chain.py [N]    N scales the work (values per chain; default 30000).
The last line printed is a checksum.
"""
import sys

M = 1000003


class Skip(Exception):
    pass


def echo(limit):
    # The bottom of a chain: receives values, replies, returns their total.
    total = 0
    skipped = 0
    x = yield 0
    for i in range(limit):
        total = (total + x) % M
        try:
            x = yield (total ^ i) % M
        except Skip:
            skipped += 1
            x = yield -skipped
    return total * 10 + skipped


def down(depth, limit):
    # A chain built by recursion: down(depth) delegates to down(depth - 1).
    if depth == 0:
        result = yield from echo(limit)
    else:
        result = yield from down(depth - 1, limit)
    return (result * 3 + depth) % M


def relay(inner, tag):
    # A chain built by wrapping: each relay delegates to the one inside it.
    result = yield from inner
    return (result + tag) % M


def counter(n, depth):
    # A chain ending in yield from range(), pulled by a for loop.
    if depth == 0:
        yield from range(n)
    else:
        yield from counter(n, depth - 1)
        yield depth


def drive(gen, seed):
    # Sends values down a chain until it finishes; every 64th step throws
    # Skip into it instead (the bottom generator catches it).
    check = next(gen)
    x = seed
    steps = 0
    try:
        while True:
            steps += 1
            if steps % 64 == 0:
                reply = gen.throw(Skip)
            else:
                x = (x * 69069 + 1) & 0xFFFF
                reply = gen.send(x)
            check = (check * 31 + reply) % M
    except StopIteration as stop:
        return (check * 7 + stop.value) % M, steps


class Suspend:
    # An awaitable whose __await__ is a generator: it suspends the whole
    # coroutine chain once and returns what the driver sends back.
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __await__(self):
        reply = yield self.value
        return reply


async def leaf(n):
    total = 0
    for i in range(n):
        total = (total * 5 + await Suspend(i)) % M
    return total


async def level(depth, n):
    if depth == 0:
        return await leaf(n)
    result = await level(depth - 1, n)
    return (result * 3 + depth) % M


async def tree(depth, width, n):
    # Each node awaits `width` children one after another; leaves suspend.
    if depth == 0:
        return await leaf(n)
    total = depth
    for i in range(width):
        total = (total * 7 + await tree(depth - 1, width, n)) % M
    return total


def run_coroutine(coro):
    value = None
    steps = 0
    try:
        value = coro.send(None)
        while True:
            steps += 1
            value = coro.send((value * 7 + steps) % 1000)
    except StopIteration as stop:
        return stop.value, steps


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 30000
    checks = []

    for depth in (50, 150):
        checks.append(drive(down(depth, n * 2), depth))

    gen = echo(n * 2)
    for tag in range(100):
        gen = relay(gen, tag)
    checks.append(drive(gen, 3))

    total = 0
    count = 0
    for x in counter(n * 3, 120):
        total = (total * 3 + x) % M
        count += 1
    checks.append((total, count))

    for depth in (60, 140):
        checks.append(run_coroutine(level(depth, n * 2)))
    checks.append(run_coroutine(tree(5, 3, n // 30)))

    checksum = 0
    for value, steps in checks:
        print(value, steps)
        checksum = (checksum * 1000003 + value * 101 + steps) % 4294967291
    print("checksum", checksum)


main()
