"""Generator pipelines: chains of five to seven generator stages (a random
source, maps, a filter, pairwise and windowed stages, a running total, an
early-stopping take) pulled by `for` loops, by `next()` with a default and by
`zip`, plus generator expressions feeding `sum()`, `max()`, `min()` and `any()`.
Nearly all the time goes into resuming generators from FOR_ITER, `next()` and
built-ins that iterate; the work done per item is a little integer arithmetic.

Usage: gen_pipeline.py [N]    N is the number of source items per round
(default 260000; 4 rounds).
The last line printed is a checksum.
"""
import sys

M = 1000003


def source(n, seed):
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        yield x >> 8


def scale(items, k, c):
    for x in items:
        yield (x * k + c) % M


def drop_multiples(items, m):
    for x in items:
        if x % m:
            yield x


def pairwise(items):
    it = iter(items)
    for prev in it:
        break
    else:
        return
    for x in it:
        yield prev, x
        prev = x


def differences(pairs):
    for a, b in pairs:
        yield a - b if a > b else b - a


def window_sums(items, size):
    buf = [0] * size
    i = 0
    total = 0
    for x in items:
        total += x - buf[i]
        buf[i] = x
        i += 1
        if i == size:
            i = 0
        yield total


def running_total(items):
    total = 0
    for x in items:
        total = (total + x) % M
        yield total


def take(items, n):
    it = iter(items)
    while n > 0:
        x = next(it, None)
        if x is None:
            return
        yield x
        n -= 1


def pipeline_for(n, seed):
    # source -> scale -> filter -> pairwise -> differences -> window -> total
    stages = running_total(
        window_sums(
            differences(pairwise(drop_multiples(scale(source(n, seed), 7919, seed), 5))),
            8))
    check = 0
    count = 0
    for t in stages:
        check ^= t
        count += 1
    return check * 31 + count


def pipeline_next(n, seed):
    # Pulled by next() with a default, stopped early by take().
    it = take(scale(drop_multiples(source(n, seed), 3), 31, 17), n // 2)
    check = 0
    x = next(it, None)
    while x is not None:
        check = (check * 3 + x) % M
        x = next(it, None)
    return check


def zipped(n, seed):
    # zip resumes two pipelines from native code.
    left = scale(source(n, seed), 13, 1)
    right = window_sums(source(n, seed + 1), 4)
    total = 0
    for a, b in zip(left, right):
        total = (total + a * (b & 1023)) % M
    return total


def genexprs(n, seed):
    s = sum(x % 1000 for x in source(n, seed))
    m = max((a ^ b for a, b in pairwise(source(n // 2, seed + 2))), default=0)
    lo = min((x for x in scale(source(n // 2, seed + 3), 3, 5) if x & 1), default=0)
    squares = sum(x * x for x in (y % 97 for y in source(n // 2, seed + 4)))
    found = any(x == 123 for x in (y % 100003 for y in source(n // 4, seed + 5)))
    return (s * 7 + m * 5 + lo * 3 + squares + (1 if found else 0)) % M


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 260000
    checksum = 0
    for r in range(4):
        seed = 12345 + r * 777
        a = pipeline_for(n, seed)
        b = pipeline_next(n, seed)
        c = zipped(n // 2, seed)
        d = genexprs(n // 2, seed)
        print("round", r, a, b, c, d)
        checksum = (checksum * 1000003 + a + b * 3 + c * 5 + d * 7) % 4294967291
    print("checksum", checksum)


main()
