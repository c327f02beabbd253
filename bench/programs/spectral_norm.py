"""Spectral norm of the infinite matrix A with a(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1),
truncated to N x N, by power iteration on A^T A. Float arithmetic in nested
loops with function calls for the matrix entries.

Usage: spectral_norm.py [N]    N is the matrix size (default 450).
The last line printed is a checksum (the norm to 9 decimals).
"""
import sys


def entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def mul_av(v, out):
    n = len(v)
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += entry(i, j) * v[j]
        out[i] = total


def mul_atv(v, out):
    n = len(v)
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += entry(j, i) * v[j]
        out[i] = total


def mul_atav(v, out, tmp):
    mul_av(v, tmp)
    mul_atv(tmp, out)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 450
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for _ in range(10):
        mul_atav(u, v, tmp)
        mul_atav(v, u, tmp)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    norm = (vbv / vv) ** 0.5
    print(f"checksum {norm:.9f}")


main()
