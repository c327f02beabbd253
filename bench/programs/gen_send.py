"""Generators driven by send(): coroutine-style generators that receive a value
at each `yield` and yield a reply, driven by loops calling `.send()` (a running
statistics accumulator, a small RPN calculator reset now and then through
`.throw()`, short-lived collectors whose result comes back in StopIteration's
`value`), two generators passing a token to each other through a tiny
trampoline, and a round-robin of tasks where each reply names the next task to
run. Measures resuming a generator through `send` from native code.

Usage: gen_send.py [N]    N scales the work (sends per part; default 900000).
The last line printed is a checksum.
"""
import sys

M = 1000003


class Reset(Exception):
    pass


def stats():
    # Receives numbers, replies with a hash of count, sum, min and max.
    count = 0
    total = 0
    lo = None
    hi = None
    reply = None
    while True:
        x = yield reply
        count += 1
        total += x
        if lo is None or x < lo:
            lo = x
        if hi is None or x > hi:
            hi = x
        reply = (count * 31 + total * 7 + lo * 3 + hi) % M


def calculator():
    # Receives ints and operator strings, replies with the top of the stack.
    stack = []
    top = 0
    resets = 0
    while True:
        try:
            tok = yield top
        except Reset:
            resets += 1
            stack = []
            top = resets
            continue
        if tok == "+":
            b = stack.pop()
            top = (stack.pop() + b) % M
        elif tok == "*":
            b = stack.pop()
            top = (stack.pop() * b) % M
        elif tok == "-":
            b = stack.pop()
            top = (stack.pop() - b) % M
        elif tok == "dup":
            top = stack[-1]
        else:
            top = tok
        stack.append(top)


def collector(limit):
    # Receives values until it has `limit` of them, then returns their sum.
    total = 0
    n = 0
    while n < limit:
        x = yield n
        total += x
        n += 1
    return total


def player(step, bias):
    # Receives a token, replies with the next one; used in pairs.
    token = yield
    while True:
        token = yield (token * step + bias) % M


def task(index, mult):
    # Replies with the index of the task to run next and a value.
    value = yield
    while True:
        value = (value * mult + index) % M
        value = yield (value % 5, value)


def run_stats(n):
    gen = stats()
    next(gen)
    x = 1
    reply = 0
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        reply = gen.send(x >> 12)
    gen.close()
    return reply


def run_calculator(n):
    gen = calculator()
    next(gen)
    ops = ("+", "*", "-", "dup")
    check = 0
    depth = 0
    x = 7
    for i in range(n):
        x = (x * 69069 + 1) & 0xFFFFFFFF
        if i % 997 == 996:
            top = gen.throw(Reset)
            depth = 0
        elif depth < 2 or (x >> 16) % 3 == 0:
            top = gen.send((x >> 8) % 1000)
            depth += 1
        else:
            op = ops[(x >> 20) % 4]
            top = gen.send(op)
            if op != "dup":
                depth -= 1
            else:
                depth += 1
        check = (check * 17 + top) % M
    gen.close()
    return check


def run_collectors(n):
    total = 0
    sent = 0
    k = 0
    while sent < n:
        limit = 3 + k % 11
        k += 1
        gen = collector(limit)
        next(gen)
        try:
            while True:
                sent += 1
                gen.send(sent % 101)
        except StopIteration as stop:
            total = (total * 3 + stop.value) % M
    return total * 1000 + k % 1000


def run_ping_pong(n):
    a = player(3, 1)
    b = player(5, 2)
    next(a)
    next(b)
    token = 1
    cur = a
    other = b
    check = 0
    for i in range(n):
        token = cur.send(token)
        cur, other = other, cur
        check ^= token
    return check * M + token


def run_round_robin(n):
    tasks = [task(i, 3 + 2 * i) for i in range(5)]
    for t in tasks:
        next(t)
    runs = [0] * 5
    current = 0
    value = 1
    for i in range(n):
        runs[current] += 1
        current, value = tasks[current].send(value)
    for t in tasks:
        t.close()
    return value * 100000 + sum(r * (i + 1) for i, r in enumerate(runs)) % 100000


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 900000
    a = run_stats(n)
    b = run_calculator(n)
    c = run_collectors(n)
    d = run_ping_pong(2 * n)
    e = run_round_robin(2 * n)
    print("stats", a, "calculator", b, "collectors", c)
    print("ping-pong", d, "round-robin", e)
    print("checksum", (a * 31 + b * 29 + c * 23 + d * 19 + e) % 4294967291)


main()
