#!/usr/bin/env python3
"""Measure what a suspended generator and a suspended coroutine chain cost in memory,
under Krait and CPython side by side.

Usage, from anywhere:

    python3 bench/memory.py [--krait build/krait] [--python python3.11] [--count N]

Each interpreter runs the same probe program (PROBE below) once per kind of object. The
probe reads its resident set size (VmRSS in /proc/self/status), makes N objects of the kind
and keeps them in a list, reads VmRSS again, and prints the growth divided by N. The list is made beforehand, so its
8 bytes per object are not counted; everything the object needs that a user cannot avoid
is (its frame, and for the coroutine chain, the iterator it is suspended on), and so is
whatever garbage making it leaves that the collector has not yet reclaimed (Krait frees
memory by tracing collections, CPython mostly at once by reference counting). The kinds:

  generator   a generator suspended at its first `yield` inside a `for` loop: a small
              frame with two locals and a for-loop iterator (a range iterator, included);
  gen_empty   a generator suspended at `yield` with no locals: the smallest frame;
  coroutine   a coroutine suspended in `await` of a second coroutine, which awaits an
              object whose __await__ is a generator (as a future's is): two nested
              coroutine frames, and the awaitable with its generator at the bottom;
  event_task  an asyncio Task whose coroutine is blocked in `await event.wait()` on an
              Event shared by all of them: the task, its coroutine, Event.wait's frame,
              the waiter future and its entry in the Event's list of waiters.

Both interpreters allocate from pools, so N must be large (default 200000) for the
per-object figure to settle; the figures are stable to a few bytes from run to run.
The ratio is CPython / Krait (above 1: Krait uses less). See docs/PERFORMANCE.md.
"""
import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

PROBE = r'''
import gc, sys

def rss():
    with open('/proc/self/status') as f:
        for line in f:
            if line.startswith('VmRSS:'):
                return int(line.split()[1]) * 1024
    return 0

def gen_loop(n):
    for i in range(n):
        yield i

def gen_empty():
    yield

class Suspend:
    def __await__(self):
        yield

async def inner():
    await Suspend()

async def outer():
    await inner()

def make_generator():
    g = gen_loop(10)
    next(g)
    return g

def make_gen_empty():
    g = gen_empty()
    next(g)
    return g

def make_coroutine():
    c = outer()
    c.send(None)
    return c

def event_tasks(n):
    import asyncio

    async def waiter(ev):
        await ev.wait()

    async def main():
        ev = asyncio.Event()
        warm = [asyncio.create_task(waiter(ev)) for _ in range(1000)]
        await asyncio.sleep(0)
        ev.set()
        await asyncio.gather(*warm)
        ev = asyncio.Event()
        tasks = [None] * n
        gc.collect()
        before = rss()
        for i in range(n):
            tasks[i] = asyncio.create_task(waiter(ev))
        await asyncio.sleep(0)  # every task has started and is blocked on the event
        gc.collect()
        after = rss()
        print((after - before) / n)
        ev.set()
        await asyncio.gather(*tasks)

    asyncio.run(main())


kind, n = sys.argv[1], int(sys.argv[2])
if kind == 'event_task':
    event_tasks(n)
    sys.exit()
make = {'generator': make_generator, 'gen_empty': make_gen_empty, 'coroutine': make_coroutine}[kind]
for warm in range(1000):
    make()
keep = [None] * n
gc.collect()
before = rss()
for i in range(n):
    keep[i] = make()
gc.collect()
after = rss()
print((after - before) / n)
'''

KINDS = ["generator", "gen_empty", "coroutine", "event_task"]


def probe(interpreter, kind, count):
    r = subprocess.run([interpreter, "-c", PROBE, kind, str(count)], capture_output=True, text=True, timeout=300)
    if r.returncode != 0:
        raise RuntimeError(f"{interpreter} failed on {kind}: {r.stderr.strip()}")
    return float(r.stdout.strip())


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--krait", default=str(REPO / "build" / "krait"))
    ap.add_argument("--python", default=shutil.which("python3.11") or "python3")
    ap.add_argument("--count", type=int, default=200000)
    args = ap.parse_args()
    if not os.access(args.krait, os.X_OK):
        sys.exit(f"memory.py: no Krait binary at {args.krait} (build it, or pass --krait)")
    print(f"{'object':<12} {'CPython B':>10} {'Krait B':>10} {'ratio':>7}")
    for kind in KINDS:
        py = probe(args.python, kind, args.count)
        kr = probe(args.krait, kind, args.count)
        print(f"{kind:<12} {py:>10.0f} {kr:>10.0f} {py / kr:>7.2f}")


if __name__ == "__main__":
    main()
