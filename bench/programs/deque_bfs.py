"""collections.deque as a queue and a double-ended window: breadth-first search over a
grid maze (append and popleft), the maximum of every window of a stream (a monotonic
deque: pop, append, popleft, d[0], d[-1]), and a round-robin of work items (rotate,
appendleft, pop, len).

Usage: deque_bfs.py [ROUNDS]    (default 35 rounds).
The last line printed is a checksum.
"""
import sys
from collections import deque

SIZE = 160


def make_grid(seed):
    # Walls from a linear congruential generator; the corners stay open.
    grid = []
    x = seed
    for r in range(SIZE):
        row = []
        for c in range(SIZE):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            row.append((x >> 16) % 100 < 28)
        grid.append(row)
    grid[0][0] = grid[SIZE - 1][SIZE - 1] = False
    return grid


def bfs(grid, start):
    dist = [[-1] * SIZE for _ in range(SIZE)]
    dist[start[0]][start[1]] = 0
    queue = deque([start])
    seen = 1
    far = 0
    while queue:
        r, c = queue.popleft()
        d = dist[r][c] + 1
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < SIZE and 0 <= nc < SIZE and not grid[nr][nc] and dist[nr][nc] < 0:
                dist[nr][nc] = d
                queue.append((nr, nc))
                seen += 1
                if d > far:
                    far = d
    return seen * 1000 + far


def window_maxima(seed, n, width):
    window = deque()
    values = deque(maxlen=width)
    total = 0
    x = seed
    for i in range(n):
        x = (x * 69069 + 1) & 0xFFFFFFFF
        v = x >> 20
        values.append(v)
        while window and values[-1] >= window[-1][1]:
            window.pop()
        window.append((i, v))
        if window[0][0] <= i - width:
            window.popleft()
        total += window[0][1]
    return total % 1000000007


def round_robin(n):
    ring = deque(range(32))
    done = 0
    for step in range(n):
        ring.rotate(step % 5 - 2)
        item = ring.pop()
        if item % 7 == 0:
            done += item
            ring.appendleft(item + 1)
        else:
            ring.appendleft(item + 3)
    return done + len(ring) + ring[0]


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 35
    check = 0
    for k in range(rounds):
        grid = make_grid(k + 1)
        check = (check * 31 + bfs(grid, (0, 0))) % 1000000007
        check = (check * 31 + window_maxima(k + 7, 60000, 50)) % 1000000007
        check = (check * 31 + round_robin(60000)) % 1000000007
    print(check)


main()
