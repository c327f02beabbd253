"""Pancake flipping over all permutations (fannkuch): for every permutation of
0..N-1, repeatedly reverse the prefix whose length is given by the first
element plus one, until 0 comes first; track the largest number of flips and
a signed checksum of flip counts. Permutations are enumerated with an
iterative Heap's algorithm. List indexing, slicing and small int loops.

Usage: fannkuch.py [N [R]]    N is the permutation length (default 9), R the
number of times the whole enumeration is repeated (default 2).
The last line printed is a checksum.
"""
import sys


def count_flips(perm, work):
    n = len(perm)
    for i in range(n):
        work[i] = perm[i]
    flips = 0
    first = work[0]
    while first != 0:
        # Reverse work[0..first] in place.
        lo = 0
        hi = first
        while lo < hi:
            t = work[lo]
            work[lo] = work[hi]
            work[hi] = t
            lo += 1
            hi -= 1
        flips += 1
        first = work[0]
    return flips


def fannkuch(n):
    perm = list(range(n))
    work = [0] * n
    control = [0] * n
    max_flips = count_flips(perm, work)
    checksum = max_flips
    index = 0
    sign = -1
    i = 1
    while i < n:
        if control[i] < i:
            if i % 2 == 0:
                perm[0], perm[i] = perm[i], perm[0]
            else:
                j = control[i]
                perm[j], perm[i] = perm[i], perm[j]
            index += 1
            flips = count_flips(perm, work)
            if flips > max_flips:
                max_flips = flips
            checksum += flips * sign
            sign = -sign
            control[i] += 1
            i = 1
        else:
            control[i] = 0
            i += 1
    return max_flips, checksum, index + 1


def reversed_prefix_total(n):
    # A second, slicing-based pass over fewer permutations (rotations).
    base = list(range(n))
    total = 0
    for r in range(n):
        p = base[r:] + base[:r]
        for _ in range(n):
            k = p[0]
            p[: k + 1] = p[k::-1]
            total += p[0] + p[-1]
    return total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    for _ in range(repeat):
        max_flips, checksum, count = fannkuch(n)
    print("permutations", count, "max flips", max_flips)
    print("checksum", checksum, reversed_prefix_total(n + 20))


main()
