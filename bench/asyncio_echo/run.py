#!/usr/bin/env python3
"""Measure Krait's asyncio echo server against CPython's, side by side.

    python3 bench/asyncio_echo/run.py [--krait build/krait] [--python python3.11]
        [--load build/bench/echo_load] [--conns 100] [--requests 2000] [--warmup 50]
        [--size 64] [--repeat 3] [--mode streams|read|protocol ...]

For each mode (the API the server uses, see server.py) and each repetition, the same
server.py runs under Krait and under CPython in turn (alternating which goes first), and
echo_load (a C++ client built with the benchmarks: one thread, epoll) opens --conns loopback
connections and makes --requests request/response round trips on each. The figures are the
best requests per second of each side and the ratio Krait / CPython (above 1: Krait serves
more), plus the server's CPU time per request, which a busy machine disturbs less.

Exit status 1 if a server or the client fails.
"""
import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent


def find(path, fallback):
    for candidate in (Path(path), REPO / path):
        if candidate.exists():
            return str(candidate.resolve())
    found = shutil.which(path)
    if found:
        return found
    sys.exit(f'run.py: {fallback} not found: {path}')


def run_once(interp, load, mode, args):
    """Starts server.py under interp, drives it with echo_load; returns (rps, cpu_us_per_req)."""
    server = subprocess.Popen([interp, str(HERE / 'server.py'), mode], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=str(HERE))
    try:
        line = server.stdout.readline().decode().split()
        if len(line) != 2 or line[0] != 'port':
            raise RuntimeError(f'{interp}: server did not start: {server.stderr.read().decode()[-2000:]}')
        port = line[1]
        usage0 = _child_cpu(server.pid)
        client = subprocess.run([load, '--port', port, '--conns', str(args.conns), '--requests',
                                 str(args.requests), '--warmup', str(args.warmup), '--size', str(args.size)],
                                capture_output=True, text=True, timeout=600)
        usage1 = _child_cpu(server.pid)
        if client.returncode != 0:
            raise RuntimeError(f'{interp}: echo_load failed: {client.stderr.strip()}')
        fields = dict(item.split('=') for item in client.stdout.split())
        rps = float(fields['rps'])
        requests = int(fields['requests'])
        cpu = (usage1 - usage0) / (args.conns * (args.requests + args.warmup)) * 1e6 if usage1 >= 0 else float('nan')
        return rps, cpu, requests
    finally:
        try:
            server.stdin.close()
        except OSError:
            pass
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def _child_cpu(pid):
    """The process's user+system CPU seconds so far (from /proc), or -1."""
    try:
        with open(f'/proc/{pid}/stat') as f:
            fields = f.read().rsplit(')', 1)[1].split()
        ticks = os.sysconf('SC_CLK_TCK')
        return (int(fields[11]) + int(fields[12])) / ticks
    except (OSError, ValueError, IndexError):
        return -1.0


def main():
    p = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    p.add_argument('--krait', default='build/krait')
    p.add_argument('--python', default='python3.11')
    p.add_argument('--load', default='build/bench/echo_load')
    p.add_argument('--conns', type=int, default=100)
    p.add_argument('--requests', type=int, default=2000, help='round trips per connection')
    p.add_argument('--warmup', type=int, default=50)
    p.add_argument('--size', type=int, default=64, help='bytes per request, newline included')
    p.add_argument('--repeat', type=int, default=3)
    p.add_argument('--mode', action='append', choices=['streams', 'read', 'protocol'])
    args = p.parse_args()
    krait = find(args.krait, 'krait')
    python = find(args.python, 'python')
    load = find(args.load, 'echo_load (build the bench targets)')
    modes = args.mode or ['streams', 'read', 'protocol']
    version = subprocess.run([python, '-c', 'import sys; print(sys.version.split()[0])'],
                             capture_output=True, text=True).stdout.strip()
    print(f'{args.conns} connections x {args.requests} round trips of {args.size} bytes '
          f'(+{args.warmup} warm-up), best of {args.repeat}; CPython {version}')
    print(f'{"mode":<10} {"Krait req/s":>12} {"CPython req/s":>14} {"ratio":>7}   '
          f'{"Krait us/req":>12} {"CPython us/req":>14} {"ratio":>7}')
    failed = False
    for mode in modes:
        best = {krait: (0.0, float('inf')), python: (0.0, float('inf'))}
        for rep in range(args.repeat):
            order = (krait, python) if rep % 2 == 0 else (python, krait)
            for interp in order:
                try:
                    rps, cpu, _ = run_once(interp, load, mode, args)
                except (RuntimeError, subprocess.TimeoutExpired) as e:
                    print(f'  {mode}: {e}', file=sys.stderr)
                    failed = True
                    continue
                b = best[interp]
                best[interp] = (max(b[0], rps), min(b[1], cpu))
        k, c = best[krait], best[python]
        ratio = k[0] / c[0] if c[0] else float('nan')
        cpu_ratio = c[1] / k[1] if k[1] and k[1] != float('inf') else float('nan')
        print(f'{mode:<10} {k[0]:>12.0f} {c[0]:>14.0f} {ratio:>7.2f}   {k[1]:>12.1f} {c[1]:>14.1f} {cpu_ratio:>7.2f}')
        sys.stdout.flush()
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
