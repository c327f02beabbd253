"""Sorting: list.sort and sorted with key functions (lambdas, named
functions, tuple keys), reverse=True, stability checks, many small sorts and
a few large ones, over ints, floats, strings and tuples of records.

Usage: sorting.py [N]    N scales the work (rounds; default 7).
The last line printed is a checksum.
"""
import sys


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 7) % bound


NAMES = ["ada", "bob", "cyd", "dee", "eve", "fay", "gus", "hal", "ivy", "jon",
         "kim", "lou", "max", "ned", "oli", "pat", "quinn", "rae", "sam", "ty"]


def make_records(rng, n):
    records = []
    for i in range(n):
        name = NAMES[rng.next(len(NAMES))] + str(rng.next(50))
        records.append((name, rng.next(80) + 18, rng.next(100000) / 100.0, i))
    return records


def weighted(seq):
    # Position-weighted checksum of a sequence of ints.
    total = 0
    for i in range(len(seq)):
        total = (total * 31 + seq[i]) % 1000000007
    return total


def age_key(rec):
    return rec[1]


def large_sorts(rng, n):
    check = 0
    ints = [rng.next(1000000) for _ in range(n)]
    a = sorted(ints)
    check += weighted(a[::97])
    b = sorted(ints, reverse=True)
    check += b[0] - b[-1]
    c = sorted(ints, key=lambda x: (x % 1000, -x))
    check += weighted(c[::101])
    records = make_records(rng, n // 2)
    by_name = sorted(records, key=lambda rec: rec[0])
    check += by_name[0][3] + by_name[-1][3]
    # Stability: sort by secondary key, then by primary key.
    records.sort(key=lambda rec: rec[2])
    records.sort(key=age_key)
    ids = [rec[3] for rec in records]
    check += weighted(ids[::53])
    records.sort(key=lambda rec: (rec[1], rec[0]), reverse=True)
    check += records[0][3] * 7 + records[-1][3]
    strings = [NAMES[x % 20] + str(x) for x in ints[: n // 2]]
    strings.sort()
    check += len(strings[0]) + len(strings[-1]) + ord(strings[n // 4][0])
    strings.sort(key=len, reverse=True)
    check += len(strings[0])
    floats = [x / 7.0 for x in ints[: n // 2]]
    floats.sort(key=lambda f: -f)
    check += int(floats[0]) - int(floats[-1])
    return check


def small_sorts(rng, count):
    check = 0
    for i in range(count):
        size = 3 + rng.next(18)
        xs = [rng.next(100) for _ in range(size)]
        xs.sort()
        check += xs[0] + xs[-1] * 2
        ys = sorted(xs, reverse=True)
        check += ys[size // 2]
        pairs = [(x % 10, x) for x in xs]
        pairs.sort(key=lambda p: p[0])
        check += pairs[0][1] + pairs[-1][1]
        words = [NAMES[x % 20] for x in xs]
        words.sort(key=lambda w: (len(w), w))
        check += len(words[-1]) + ord(words[0][0])
        m = max(xs, key=lambda x: (x * 7) % 13)
        check += m + min(xs)
    return check


def one_round(r):
    rng = Rng(99 + r)
    check = large_sorts(rng, 40000)
    check += small_sorts(rng, 4000)
    return check


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    checksum = 0
    for r in range(rounds):
        checksum = (checksum * 131 + one_round(r)) % 1000000007
    print("checksum", checksum)


main()
