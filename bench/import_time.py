#!/usr/bin/env python3
"""What importing a module adds to start-up, under Krait and CPython side by side.

Usage, from anywhere:

    python3 bench/import_time.py [--krait [LABEL=]build/krait ...] [--python python3.11]
                                 [--runs N] [MODULE ...]

For each interpreter and module, the figure is the best wall time of N runs (default 15) of
`INTERPRETER -c 'import MODULE'` minus the best of `INTERPRETER -c pass`: what the import adds
to a process that does nothing else. Every command runs once per round, in turn, so that the
load of a shared machine falls on all of them alike. --krait may be given more than once (a
build before and after a change: `--krait before=../old/build/krait --krait after=build/krait`).
CPython runs with -S, without `site`, which on many installations imports typing and
collections before the program starts (and other packages through .pth files). The modules
default to asyncio, typing, collections and dataclasses. See docs/PERFORMANCE.md.
"""
import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def find(path):
    p = Path(path)
    if p.exists():
        return str(p)
    if (REPO / p).exists():
        return str(REPO / p)
    found = shutil.which(path)
    if not found:
        sys.exit(f"import_time.py: cannot find {path}")
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--krait", action="append", help="[LABEL=]a krait program (repeatable; default build/krait)")
    ap.add_argument("--python", default="python3.11")
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("modules", nargs="*", default=["asyncio", "typing", "collections", "dataclasses"])
    args = ap.parse_args()
    columns = []
    for k in args.krait or ["build/krait"]:
        label, _, path = k.rpartition("=")
        columns.append((label or path, [find(path)]))
    columns.append(("python -S", [find(args.python), "-S"]))

    commands = {}
    for name, prefix in columns:
        commands[(name, None)] = prefix + ["-c", "pass"]
        for m in args.modules:
            commands[(name, m)] = prefix + ["-c", f"import {m}"]
    best = dict.fromkeys(commands, float("inf"))
    for _ in range(args.runs):
        for key, cmd in commands.items():
            t = time.perf_counter()
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
            best[key] = min(best[key], time.perf_counter() - t)

    width = max(12, *(len(n) for n, _ in columns))
    print(f"best of {args.runs}, ms: `-c pass`, then what each import adds to it")
    print(f"{'':14}" + "".join(f"{n:>{width + 2}}" for n, _ in columns))
    print(f"{'-c pass':14}" + "".join(f"{best[(n, None)] * 1e3:>{width + 2}.2f}" for n, _ in columns))
    for m in args.modules:
        cells = "".join(f"{(best[(n, m)] - best[(n, None)]) * 1e3:>{width + 2}.2f}" for n, _ in columns)
        print(f"{m:14}" + cells)


if __name__ == "__main__":
    main()
