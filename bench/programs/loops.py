"""Nested loops with integer arithmetic: a sieve, Collatz chain lengths, an
integer matrix product, a search for Pythagorean triples, digit manipulation
and a small linear-congruential hash mix.

Usage: loops.py [N]    N scales the work (rounds; default 22).
The last line printed is a checksum.
"""
import sys


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    count = 0
    total = 0
    i = 2
    while i <= limit:
        if flags[i]:
            count += 1
            total += i
            j = i * i
            while j <= limit:
                flags[j] = False
                j += i
        i += 1
    return count * 1000003 + total % 1000003


def collatz(limit):
    best = 0
    best_start = 0
    total = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n & 1:
                n = 3 * n + 1
            else:
                n >>= 1
            steps += 1
        total += steps
        if steps > best:
            best = steps
            best_start = start
    return best * 100000 + best_start + total


def matmul(size, seed):
    a = []
    b = []
    for i in range(size):
        row_a = []
        row_b = []
        for j in range(size):
            row_a.append((i * 31 + j * 17 + seed) % 23 - 11)
            row_b.append((i * 7 + j * 29 + seed) % 19 - 9)
        a.append(row_a)
        b.append(row_b)
    trace = 0
    total = 0
    for i in range(size):
        ai = a[i]
        for j in range(size):
            s = 0
            for k in range(size):
                s += ai[k] * b[k][j]
            total += s
            if i == j:
                trace += s
    return total * 7 + trace


def triples(limit):
    count = 0
    perimeter_sum = 0
    for a in range(1, limit):
        aa = a * a
        for b in range(a, limit):
            cc = aa + b * b
            c = b
            while c * c < cc:
                c += 1
            if c * c == cc and c < limit:
                count += 1
                perimeter_sum += a + b + c
    return count * 10000 + perimeter_sum


def digits(limit):
    total = 0
    for n in range(1, limit):
        m = n
        rev = 0
        while m > 0:
            rev = rev * 10 + m % 10
            m //= 10
        if rev == n:
            total += n
        else:
            total += (rev - n) % 97
    return total


def hash_mix(count):
    h = 2166136261
    x = 12345
    for i in range(count):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        h = ((h ^ (x & 0xFF)) * 16777619) & 0xFFFFFFFF
        h ^= h >> 13
    return h


def one_round(r):
    check = sieve(60000 + r)
    check += collatz(8000 + r)
    check += matmul(28, r)
    check += triples(90)
    check += digits(15000 + r)
    check += hash_mix(40000)
    return check


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 22
    checksum = 0
    for r in range(rounds):
        checksum = (checksum * 1000003 + one_round(r)) % 4294967291
    print("checksum", checksum)


main()
