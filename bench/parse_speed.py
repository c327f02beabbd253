#!/usr/bin/env python3.11
"""Parse speed: Krait's parser against CPython 3.11's, on the standard library.

Usage, from the repository root after building (the default build folder is build/):

    python3.11 bench/parse_speed.py [--bench build/bench/krait_parse_bench]
                                    [--repeat 5] [--root DIR]

The corpus is the one of the corpus test (tests/corpus/compare_ast.py): every .py file of
the standard library outside site-packages, or of --root, keeping only the files that
both CPython and Krait parse. CPython is timed in this process on
compile(text, path, 'exec', ast.PyCF_ONLY_AST), i.e. ast.parse; krait_parse_bench times
krait::parse::parse on the same files. Both sides decode the files first, untimed, and
report the best of --repeat passes over the whole corpus, in MB/s of file bytes
(1 MB = 10^6 bytes). CPython runs with the garbage collector off, as timeit does.
"""
import argparse
import ast
import gc
import importlib.util
import os
import re
import subprocess
import sys
import tempfile
import time
import tokenize
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BENCH_LINE = re.compile(r"krait parse: (\d+) files, (\d+) bytes, best of (\d+): ([0-9.]+) s")
SKIP_LINE = re.compile(r"^skip: (.*?):(\d+): (.*)$")


def load_corpus_module():
    # One definition of the corpus, shared with the corpus test (no __pycache__ left there).
    sys.dont_write_bytecode = True
    path = REPO / "tests" / "corpus" / "compare_ast.py"
    spec = importlib.util.spec_from_file_location("compare_ast", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def decode(raw):
    """Source bytes to text as CPython reads them (BOM, coding declaration), or None."""
    try:
        encoding, _ = tokenize.detect_encoding(iter(raw.splitlines(keepends=True)).__next__)
        return raw.decode(encoding)
    except (SyntaxError, LookupError, UnicodeDecodeError):
        return None


def cpython_parse(text, path):
    return compile(text, path, "exec", ast.PyCF_ONLY_AST, dont_inherit=True)


def time_cpython(sources, repeat):
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter()
            for path, text in sources:
                cpython_parse(text, path)
            best = min(best, time.perf_counter() - start)
        finally:
            gc.enable()
    return best


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bench", type=Path, default=REPO / "build" / "bench" / "krait_parse_bench",
                    help="the krait_parse_bench program (default: build/bench/krait_parse_bench)")
    ap.add_argument("--repeat", type=int, default=5, help="passes per side; the best counts (5)")
    ap.add_argument("--root", type=Path, help="time this tree instead of the standard library")
    opts = ap.parse_args()

    if sys.version_info[:2] != (3, 11):
        sys.exit(f"parse_speed: compares with CPython 3.11; run it with python3.11, "
                 f"not {sys.version.split()[0]}")
    if not opts.bench.is_file():
        sys.exit(f"parse_speed: {opts.bench} not found; build krait_parse_bench or pass --bench")

    corpus = load_corpus_module()
    root = (opts.root or corpus.stdlib_root()).resolve()

    # Files CPython parses, decoded, with their sizes on disk.
    sources, sizes, cpython_rejects = {}, {}, 0
    for path in corpus.corpus_files(root):
        raw = path.read_bytes()
        text = decode(raw)
        try:
            if text is None:
                raise SyntaxError("undecodable")
            cpython_parse(text, str(path))
        except (SyntaxError, ValueError):
            cpython_rejects += 1
            continue
        sources[str(path)] = text
        sizes[str(path)] = len(raw)

    # Krait: its program drops (and names) the files it cannot parse.
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as f:
        f.write("".join(p + "\n" for p in sources))
        list_file = f.name
    try:
        proc = subprocess.run([str(opts.bench), "--repeat", str(opts.repeat), "--list", list_file],
                              capture_output=True, text=True)
    finally:
        os.unlink(list_file)
    krait_rejects = set()
    for line in proc.stderr.splitlines():
        m = SKIP_LINE.match(line)
        if m and m.group(1) in sources:
            krait_rejects.add(m.group(1))
        else:
            print(line, file=sys.stderr)
    m = BENCH_LINE.search(proc.stdout)
    if proc.returncode != 0 or not m:
        sys.exit(f"parse_speed: {opts.bench} failed (exit status {proc.returncode})\n"
                 f"{proc.stdout}")
    krait_files, krait_bytes, krait_seconds = int(m.group(1)), int(m.group(2)), float(m.group(4))

    both = [(p, t) for p, t in sources.items() if p not in krait_rejects]
    total = sum(sizes[p] for p, _ in both)
    if (krait_files, krait_bytes) != (len(both), total):
        sys.exit(f"parse_speed: krait_parse_bench timed {krait_files} files, {krait_bytes} "
                 f"bytes; expected {len(both)} files, {total} bytes")
    cpython_seconds = time_cpython(both, opts.repeat)

    cpython_speed = total / cpython_seconds / 1e6
    krait_speed = total / krait_seconds / 1e6
    print(f"corpus: {len(both)} files, {total / 1e6:.1f} MB under {root}; left out: "
          f"{len(krait_rejects)} Krait cannot parse, {cpython_rejects} CPython cannot")
    for label, speed, seconds in ((f"CPython {sys.version.split()[0]} ast.parse",
                                   cpython_speed, cpython_seconds),
                                  ("Krait parse", krait_speed, krait_seconds)):
        print(f"{label + ':':<26} {speed:8.2f} MB/s (best of {opts.repeat}: {seconds:.3f} s)")
    print(f"Krait/CPython speed ratio: {krait_speed / cpython_speed:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
