#!/usr/bin/env python3.11
"""The stdlib corpus test: Krait's syntax trees against CPython's, file by file.

    python3.11 tests/corpus/compare_ast.py --krait build/krait [--report FILE] [--jobs N]

For every .py file of CPython 3.11's standard library (not site-packages), compares
`krait --dump-ast FILE` with ast.dump(ast.parse(bytes)) + newline computed here. Files
CPython rejects are skipped; files using syntax Krait does not support (match statements,
imaginary literals) are counted apart and left out of the rate. A crash or timeout of
krait counts as a mismatch and is listed apart.

Exit status: 0 if at least --threshold percent of the supported files match, 1 if not,
77 (ctest's "skipped") when not run by CPython 3.11.
"""
import argparse
import ast
import concurrent.futures
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

SKIP = 77


def stdlib_root():
    return Path(sysconfig.get_paths()["stdlib"]).resolve()


def corpus_files(root):
    """Every .py file under root that really lives there, sorted; site-packages excluded.
    (Shared with bench/parse_speed.py, so both measure the same corpus.)"""
    files = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in ("site-packages", "__pycache__"))
        for name in sorted(filenames):
            if not name.endswith(".py"):
                continue
            path = Path(dirpath, name)
            # A symlink out of the tree (e.g. into site-packages) is not stdlib source.
            try:
                path.resolve().relative_to(root)
            except ValueError:
                continue
            if path.is_file():
                files.append(path)
    return files


def unsupported_syntax(tree):
    """The reason Krait cannot handle tree, or None."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Match):
            return "match statement"
        if isinstance(node, ast.Constant) and isinstance(node.value, complex):
            return "imaginary literal"
    return None


def cpython_dump(path):
    """(status, text): status is "ok", "rejected" or "unsupported"."""
    try:
        tree = ast.parse(path.read_bytes(), filename=str(path))
    except (SyntaxError, ValueError) as e:  # ValueError: NUL bytes; UnicodeDecodeError
        return "rejected", f"{type(e).__name__}: {e}"
    reason = unsupported_syntax(tree)
    if reason:
        return "unsupported", reason
    return "ok", ast.dump(tree) + "\n"


def first_difference(want, got):
    i = 0
    n = min(len(want), len(got))
    while i < n and want[i] == got[i]:
        i += 1
    start = max(0, i - 40)
    return (f"at character {i}:\n"
            f"      expected: ...{want[start:i + 60]!r}\n"
            f"      actual:   ...{got[start:i + 60]!r}")


def compare(path, krait, timeout):
    """Returns (outcome, detail). outcome: match, differ, krait_error, crash, timeout,
    rejected or unsupported."""
    status, want = cpython_dump(path)
    if status != "ok":
        return status, want
    try:
        proc = subprocess.run([krait, "--dump-ast", str(path)], stdin=subprocess.DEVNULL,
                              capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "timeout", f"no result after {timeout:g} s"
    if proc.returncode < 0:
        return "crash", f"killed by signal {-proc.returncode}"
    if proc.returncode != 0:
        lines = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        return "krait_error", f"exit status {proc.returncode}: " + (lines[-1] if lines else "")
    got = proc.stdout.decode("utf-8", "surrogateescape")
    if got == want:
        return "match", ""
    return "differ", first_difference(want, got)


FAILURES = (("differ", "output differs"), ("krait_error", "rejected by krait"),
            ("crash", "crashed"), ("timeout", "timed out"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--krait", required=True, help="the krait program")
    ap.add_argument("--report", help="write every result that is not a match to this file")
    ap.add_argument("--jobs", type=int, default=2, help="krait processes at once (2)")
    ap.add_argument("--timeout", type=float, default=10, help="seconds per file (10)")
    ap.add_argument("--threshold", type=float, default=99.0, help="percent to pass (99)")
    ap.add_argument("--root", type=Path, help="compare this tree instead of the stdlib")
    ap.add_argument("--show", type=int, default=20, help="mismatches listed here (20)")
    opts = ap.parse_args()

    if sys.version_info[:2] != (3, 11):
        print(f"ast corpus: skipped, needs CPython 3.11 (this is {sys.version.split()[0]})")
        return SKIP
    krait = Path(opts.krait)
    if not (krait.is_file() and os.access(krait, os.X_OK)):
        print(f"ast corpus: {krait} is not a program; build krait first", file=sys.stderr)
        return 1
    root = (opts.root or stdlib_root()).resolve()
    files = corpus_files(root)

    results = {}
    # Threads suffice: each one waits on a krait process (which drops the GIL) while
    # another computes CPython's tree.
    with concurrent.futures.ThreadPoolExecutor(max(1, opts.jobs)) as pool:
        futures = {pool.submit(compare, p, str(krait), opts.timeout): p for p in files}
        for future in concurrent.futures.as_completed(futures):
            results[futures[future]] = future.result()

    by_outcome = {}
    for path in files:
        outcome, detail = results[path]
        by_outcome.setdefault(outcome, []).append((path.relative_to(root).as_posix(), detail))
    count = {k: len(v) for k, v in by_outcome.items()}
    matched = count.get("match", 0)
    failed = sum(count.get(k, 0) for k, _ in FAILURES)
    supported = matched + failed
    rate = 100.0 * matched / supported if supported else 0.0

    print(f"ast corpus: {matched} of {supported} supported files match ({rate:.2f}%); "
          f"{count.get('unsupported', 0)} unsupported; "
          f"{count.get('rejected', 0)} rejected by CPython")
    if failed:
        print("mismatches: " + ", ".join(f"{count.get(k, 0)} {label}" for k, label in FAILURES))
        shown = 0
        for key, label in FAILURES:
            for rel, detail in by_outcome.get(key, []):
                if shown == opts.show:
                    break
                print(f"  {rel}: {label}: {detail}")
                shown += 1
        if failed > shown:
            print(f"  ... and {failed - shown} more" +
                  (f" (see {opts.report})" if opts.report else " (use --report FILE)"))

    if opts.report:
        with open(opts.report, "w", encoding="utf-8", errors="backslashreplace") as out:
            out.write(f"root: {root}\nkrait: {krait}\n")
            out.write(f"{matched} of {supported} supported files match ({rate:.2f}%)\n")
            sections = FAILURES + (("unsupported", "unsupported syntax"),
                                   ("rejected", "rejected by CPython"))
            for key, label in sections:
                entries = by_outcome.get(key, [])
                out.write(f"\n== {label}: {len(entries)}\n")
                for rel, detail in entries:
                    out.write(f"{rel}: {detail}\n")

    if supported == 0:
        print("ast corpus: no supported files found", file=sys.stderr)
        return 1
    # Compare exactly, not the rounded percentage.
    return 0 if matched * 100 >= opts.threshold * supported else 1


if __name__ == "__main__":
    sys.exit(main())
