"""Recursive calls: Fibonacci, Ackermann, Takeuchi, Towers of Hanoi, mutual
recursion, recursive tree building and walking, recursive gcd and digit sums.

Usage: recursion.py [N]    N scales the work (rounds; default 50).
The last line printed is a checksum.
"""
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return 0
    count = hanoi(n - 1, src, via, dst, moves)
    moves[src * 3 + dst] += 1
    return count + 1 + hanoi(n - 1, via, dst, src, moves)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def make_tree(depth, label):
    if depth == 0:
        return None
    return (make_tree(depth - 1, label * 2), label, make_tree(depth - 1, label * 2 + 1))


def tree_sum(node):
    if node is None:
        return 0
    left, label, right = node
    return tree_sum(left) + label % 7 + tree_sum(right)


def tree_height(node):
    if node is None:
        return 0
    lh = tree_height(node[0])
    rh = tree_height(node[2])
    return 1 + (lh if lh > rh else rh)


def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)


def digit_sum(n):
    if n < 10:
        return n
    return n % 10 + digit_sum(n // 10)


def power_set_count(items, i, total, target):
    # Count subsets of items[i:] whose sum plus total equals target.
    if total == target:
        return 1
    if i == len(items) or total > target:
        return 0
    return (power_set_count(items, i + 1, total + items[i], target)
            + power_set_count(items, i + 1, total, target))


def one_round(r):
    check = 0
    check += fib(24 + r % 2)
    check += ack(2, 40 + r) + ack(3, 4)
    check += tak(18, 12, 6)
    moves = [0] * 9
    check += hanoi(15, 0, 2, 1, moves)
    for i in range(9):
        check += moves[i] * (i + 1)
    parity = 0
    for n in range(200, 400, 3):
        if is_even(n + r):
            parity += 1
    check += parity
    tree = make_tree(14, 1)
    check += tree_sum(tree) + tree_height(tree)
    g = 0
    for a in range(1, 300):
        g += gcd(a * 7919 + r, 104729 + a)
        g += digit_sum(a * 123457)
    check += g
    check += power_set_count([3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47], 0, 0, 100)
    return check


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    checksum = 0
    for r in range(rounds):
        c = one_round(r)
        checksum = (checksum * 31 + c) % 1000000007
    print("checksum", checksum)


main()
