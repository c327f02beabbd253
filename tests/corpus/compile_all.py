#!/usr/bin/env python3.11
"""The compiler over the standard library: every file that CPython 3.11 compiles must
compile in Krait (`krait --dis FILE`), unless it uses syntax Krait does not support yet.

    python3.11 tests/corpus/compile_all.py --krait build/krait [--jobs N] [--root DIR]

A file counts as "not yet supported" when its tree holds a match statement, an imaginary
literal, `async for`, `async with` or an asynchronous comprehension (issue 4 brings the last
three). Any other rejection, an internal compiler error, a crash or a
timeout fails the test. Exit status: 0 pass, 1 fail, 77 (ctest's "skipped") when not run
by CPython 3.11.
"""
import argparse
import ast
import concurrent.futures
import subprocess
import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from compare_ast import corpus_files, stdlib_root  # noqa: E402  (one corpus for both tests)

SKIP = 77


def not_yet_supported(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.Match):
            return True
        if isinstance(node, ast.Constant) and isinstance(node.value, complex):
            return True
        if isinstance(node, (ast.AsyncFor, ast.AsyncWith)):
            return True
        if isinstance(node, ast.comprehension) and node.is_async:
            return True
    return False


def classify(path):
    """None if CPython cannot compile the file, else whether Krait must compile it."""
    source = path.read_bytes()
    warnings.simplefilter("ignore")  # CPython's own SyntaxWarnings about the corpus
    try:
        tree = ast.parse(source, filename=str(path))
        compile(source, str(path), "exec")
    except (SyntaxError, ValueError):
        return None
    return not not_yet_supported(tree)


def run_krait(krait, path):
    try:
        r = subprocess.run([krait, "--dis", str(path)], capture_output=True, timeout=60)
    except subprocess.TimeoutExpired:
        return "timeout", ""
    last = r.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
    return r.returncode, last[0]


def main():
    if sys.version_info[:2] != (3, 11):
        print("compile_all: needs CPython 3.11; skipped")
        return SKIP
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", required=True)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--root", type=Path)
    args = ap.parse_args()
    root = (args.root or stdlib_root()).resolve()
    files = corpus_files(root)
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(lambda p: run_krait(args.krait, p), files))
    compiled = required = deferred = 0
    failures = []
    for path, (status, message) in zip(files, results):
        must = classify(path)
        if must is None:
            continue
        if status == 0:
            compiled += 1
            continue
        if must or "internal error" in message or status not in (1,):
            failures.append((path.relative_to(root), status, message))
        else:
            deferred += 1
    print(f"compile corpus: {compiled} files compiled; {deferred} use syntax not supported yet; "
          f"{len(failures)} failures")
    for path, status, message in failures[:30]:
        print(f"  {path}: status {status}: {message}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
