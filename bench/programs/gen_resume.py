"""Resuming generators, and nothing else: each loop below does one resume per item with as
little other work as the language allows, so the figure is the cost of a resume by each
route: FOR_ITER of a `for` loop, next(), send(), a generator expression consumed by a
built-in (sum), and `yield from` one level down.

Usage: gen_resume.py [N]    N is the number of resumes per route (default 4500000).
The last line printed is a checksum.
"""
import sys


def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1


def forever():
    while True:
        yield 1


def echo():
    x = 0
    while True:
        x = yield x


def delegate(n):
    yield from counter(n)


def by_for(n):
    t = 0
    for x in counter(n):
        t += x
    return t


def by_next(n):
    it = forever()
    t = 0
    for _ in range(n):
        t += next(it)
    return t


def by_send(n):
    it = echo()
    next(it)
    t = 0
    for i in range(n):
        t += it.send(i)
    return t


def by_builtin(n):
    return sum(x for x in range(n))


def by_yield_from(n):
    t = 0
    for x in delegate(n):
        t += x
    return t


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 4500000
    results = [by_for(n), by_next(n), by_send(n), by_builtin(n), by_yield_from(n)]
    for name, r in zip(("for", "next", "send", "sum(genexp)", "yield from"), results):
        print(name, r)
    print("checksum", sum(results) % 1000000007)


main()
