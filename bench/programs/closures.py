"""Closures and higher-order functions: counters and accumulators with
nonlocal, function factories, composition, currying, memoization through a
closed-over dict, decorators written as closures, callbacks stored in lists
and dicts, map/filter with lambdas, and a hand-written reduce.

Usage: closures.py [N]    N scales the work (rounds; default 240).
The last line printed is a checksum.
"""
import sys


def make_counter(start, step):
    count = start

    def tick():
        nonlocal count
        count += step
        return count
    return tick


def make_accumulator():
    total = 0
    calls = 0

    def add(x):
        nonlocal total, calls
        total += x
        calls += 1
        return total

    def stats():
        return total, calls
    return add, stats


def make_adder(n):
    return lambda x: x + n


def make_multiplier(n):
    def mul(x):
        return x * n
    return mul


def compose(f, g):
    return lambda x: f(g(x))


def compose_all(funcs):
    result = funcs[0]
    for f in funcs[1:]:
        result = compose(f, result)
    return result


def curry3(f):
    def a(x):
        def b(y):
            def c(z):
                return f(x, y, z)
            return c
        return b
    return a


def memoize(cache):
    # A decorator factory: the cache dict is shared with the caller.
    def decorate(f):
        def wrapper(n):
            if n in cache:
                return cache[n]
            value = f(n)
            cache[n] = value
            return value
        return wrapper
    return decorate


CALLS = {}


def counted(f):
    key = len(CALLS)
    CALLS[key] = 0

    def wrapper(*args, **kwargs):
        CALLS[key] += 1
        return f(*args, **kwargs)
    return wrapper


def reduce(f, items, initial):
    acc = initial
    for item in items:
        acc = f(acc, item)
    return acc


@counted
def weighted_sum(a, b, scale=1):
    return (a + b) * scale


def run_memo(limit):
    cache = {}

    @memoize(cache)
    def partitions(n):
        # Number of ways to write n as an ordered sum of 1, 2 and 3.
        if n < 0:
            return 0
        if n == 0:
            return 1
        return (partitions(n - 1) + partitions(n - 2) + partitions(n - 3)) % 1000000007
    total = 0
    for n in range(0, limit, 7):
        total += partitions(n)
    return total + len(cache)


def make_pipeline(k):
    stages = [make_adder(k), make_multiplier(3), make_adder(-k), make_multiplier(5),
              lambda x: x % 10007]
    return compose_all(stages)


def event_bus(rounds):
    handlers = {}
    log = []

    def on(name, handler):
        handlers.setdefault(name, []).append(handler)

    def emit(name, value):
        for h in handlers.get(name, []):
            h(value)

    counter = make_counter(0, 1)
    add, stats = make_accumulator()
    on("tick", lambda v: counter())
    on("tick", add)
    on("big", lambda v: log.append(v))
    for i in range(rounds):
        emit("tick", i)
        if i % 50 == 0:
            emit("big", i)
    total, calls = stats()
    return total + calls + counter() + len(log)


def one_round(r):
    check = 0
    tick = make_counter(r, 3)
    for _ in range(2000):
        tick()
    check += tick()
    pipes = [make_pipeline(k) for k in range(10)]
    for i in range(3000):
        check += pipes[i % 10](i + r)
    f = curry3(lambda x, y, z: x * 100 + y * 10 + z)
    for i in range(1500):
        check += f(i % 7)(i % 5)(i % 3)
    check += run_memo(400 + r)
    nums = list(range(2000))
    evens = list(filter(lambda x: x % 2 == 0, nums))
    squares = list(map(lambda x: x * x, evens))
    check += reduce(lambda a, b: (a + b) % 1000003, squares, r)
    check += reduce(max, map(make_multiplier(3), nums), 0)
    for i in range(1500):
        check += weighted_sum(i, r, scale=2) + weighted_sum(i, 1)
    check += CALLS[0]
    check += event_bus(3000)
    adders = []
    for i in range(100):
        adders.append(lambda x, i=i: x + i)
    acc = 0
    for j in range(20):
        for a in adders:
            acc = a(acc) % 100003
    check += acc
    return check


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 240
    checksum = 0
    for r in range(rounds):
        checksum = (checksum * 131 + one_round(r)) % 1000000007
    print("checksum", checksum)


main()
