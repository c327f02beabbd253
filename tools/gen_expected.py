#!/usr/bin/env python3.11
"""Regenerates the expected results of Krait's data-driven tests with CPython 3.11.

    python3.11 tools/gen_expected.py              # every test under tests/py, tests/pending,
                                                  # tests/ast, tests/lex
    python3.11 tools/gen_expected.py tests/py/x   # only scripts in that folder (or listed .py files)
    python3.11 tools/gen_expected.py --check      # write nothing; exit 1 if any file is stale

For each test script it writes, beside the .py (which it never modifies):
  tests/py/**/NAME.py   NAME.exp  stdout of `python3.11 NAME.py` run in the script's folder;
                        NAME.err  only if the exit status is non-zero: "status: N", then the
                                  expected tail of stderr (whole report for SyntaxError,
                                  IndentationError and TabError; otherwise the last line),
                                  naming files relative to the script's folder.
  tests/pending/**/NAME.py        the same as tests/py (scripts waiting for a VM feature).
  tests/ast/**/NAME.py  NAME.ast  ast.dump(ast.parse(source bytes)) + newline.
  tests/lex/**/NAME.py  NAME.tokens  `python3.11 -m tokenize -e NAME.py` without the
                                  COMMENT, NL and ENCODING lines (Krait has no such tokens).

A file is rewritten only if its content changes, so reruns are no-ops.
"""
import argparse
import ast
import concurrent.futures
import os
import re
import subprocess
import sys
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TESTS = REPO / "tests"
KINDS = ("py", "ast", "lex")
# Folders under tests/ whose scripts are handled like those of another kind.
ALIASES = {"pending": "py"}

# A `tokenize -e` line: "L,C-L,C:", padding (absent if the span is 20 characters or
# longer), then the token type.
TOKEN_LINE = re.compile(rb"^\d+,\d+-\d+,\d+:\s*([A-Z_]+)")
DROPPED_TOKENS = {b"COMMENT", b"NL", b"ENCODING"}
# The last line of a report for an exception raised while compiling the script.
SYNTAX_ERROR_LINE = re.compile(rb"^(SyntaxError|IndentationError|TabError)(:|$)")


def child_env():
    # The caller's PYTHON* settings (PYTHONPATH, PYTHONSTARTUP, ...) must not leak into
    # expected results; a fixed hash seed and UTF-8 I/O make reruns byte-identical.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(PYTHONHASHSEED="0", PYTHONUTF8="1", PYTHONDONTWRITEBYTECODE="1")
    return env


def expected_py(script, timeout):
    """Returns {suffix: bytes or None}; None means the file must not exist."""
    proc = subprocess.run([sys.executable, "-s", script.name], cwd=script.parent,
                          stdin=subprocess.DEVNULL, capture_output=True,
                          env=child_env(), timeout=timeout)
    if proc.returncode < 0:
        raise RuntimeError(f"CPython was killed by signal {-proc.returncode}")
    if os.fsencode(script.parent) in proc.stdout:
        print(f"warning: {rel(script)}: stdout contains this machine's path to the test",
              file=sys.stderr)
    result = {".exp": proc.stdout, ".err": None}
    if proc.returncode != 0:
        # CPython names the script by its absolute path (in `File "..."` lines and in
        # some messages); Krait is run as `krait NAME.py`, so expected reports name
        # files relative to the script's folder.
        err = proc.stderr.replace(os.fsencode(script.parent) + os.sep.encode(), b"")
        if err and not err.endswith(b"\n"):
            err += b"\n"
        lines = err[:-1].split(b"\n") if err else []
        tail = lines[-1:]
        if lines and not err.startswith(b"Traceback") and SYNTAX_ERROR_LINE.match(lines[-1]):
            # The whole report: from its `File "..."` line on (warnings before it are
            # not part of it), or just the last line when it has no location.
            starts = [i for i, line in enumerate(lines) if line.startswith(b'  File "')]
            if starts:
                tail = lines[starts[-1]:]
        result[".err"] = b"status: %d\n" % proc.returncode + b"".join(l + b"\n" for l in tail)
    return result


def expected_ast(script, timeout):
    tree = ast.parse(script.read_bytes(), filename=script.name)
    return {".ast": (ast.dump(tree) + "\n").encode("utf-8")}


def expected_lex(script, timeout):
    proc = subprocess.run([sys.executable, "-m", "tokenize", "-e", script.name],
                          cwd=script.parent, stdin=subprocess.DEVNULL, capture_output=True,
                          env=child_env(), timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError("tokenize failed: " + proc.stderr.decode("utf-8", "replace").strip())
    kept = []
    for line in proc.stdout.splitlines(keepends=True):
        m = TOKEN_LINE.match(line)
        if not (m and m.group(1) in DROPPED_TOKENS):
            kept.append(line)
    return {".tokens": b"".join(kept)}


GENERATORS = {"py": expected_py, "ast": expected_ast, "lex": expected_lex}


def rel(path):
    try:
        return path.relative_to(REPO).as_posix()
    except ValueError:
        return str(path)


def kind_of(path):
    try:
        part = path.relative_to(TESTS).parts[0]
    except (ValueError, IndexError):
        return None
    part = ALIASES.get(part, part)
    return part if part in KINDS else None


def collect(args):
    """The test scripts selected by the command line, as (kind, absolute path)."""
    roots = [Path(a).resolve() for a in args] or [TESTS]
    if TESTS in roots:
        roots.remove(TESTS)
        roots += [TESTS / k for k in (*KINDS, *ALIASES) if (TESTS / k).is_dir()]
    found = set()
    for root in roots:
        if kind_of(root) is None:
            sys.exit(f"gen_expected: {root} is not under tests/py, tests/pending, "
                     f"tests/ast or tests/lex")
        if root.is_file():
            if root.suffix != ".py":
                sys.exit(f"gen_expected: {root} is not a .py file")
            found.add(root)
        elif root.is_dir():
            # `_mods` folders hold helper modules that tests import, not tests.
            found.update(p for p in root.rglob("*.py") if "__pycache__" not in p.parts and "_mods" not in p.parts)
        else:
            sys.exit(f"gen_expected: {root} does not exist")
    return sorted((kind_of(p), p) for p in found)


def orphans():
    """Expected files whose script is gone (reported, never deleted)."""
    suffixes = {"py": (".exp", ".err"), "ast": (".ast",), "lex": (".tokens",)}
    out = []
    folders = [(k, k) for k in KINDS] + [(a, k) for a, k in ALIASES.items()]
    for folder, kind in folders:
        for s in suffixes[kind]:
            for p in (TESTS / folder).rglob("*" + s) if (TESTS / folder).is_dir() else ():
                if not p.with_suffix(".py").exists():
                    out.append(p)
    return sorted(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*", help="test scripts or folders (default: all)")
    ap.add_argument("--check", action="store_true",
                    help="write nothing; report stale files and exit 1 if there are any")
    ap.add_argument("--timeout", type=float, default=60, help="seconds per CPython run")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    opts = ap.parse_args()

    if sys.version_info[:2] != (3, 11):
        sys.exit(f"gen_expected: expected results come from CPython 3.11; "
                 f"run this with python3.11, not {sys.version.split()[0]}")

    scripts = collect(opts.paths)
    warnings.simplefilter("ignore")  # ast.parse's SyntaxWarnings about test sources

    def generate(item):
        kind, script = item
        try:
            return item, GENERATORS[kind](script, opts.timeout), None
        except subprocess.TimeoutExpired:
            return item, None, f"CPython took more than {opts.timeout:g} s"
        except (SyntaxError, ValueError, RuntimeError) as e:
            return item, None, f"{type(e).__name__}: {e}"

    changed = errors = 0
    with concurrent.futures.ThreadPoolExecutor(max(1, opts.jobs)) as pool:
        for (kind, script), files, error in pool.map(generate, scripts):
            if error:
                print(f"error: {rel(script)}: {error}", file=sys.stderr)
                errors += 1
                continue
            for suffix, content in files.items():
                target = script.with_suffix(suffix)
                old = target.read_bytes() if target.exists() else None
                if old == content:
                    continue
                changed += 1
                verb = "stale" if opts.check else ("removed" if content is None else "wrote")
                print(f"{verb}: {rel(target)}")
                if opts.check:
                    continue
                if content is None:
                    target.unlink()
                else:
                    target.write_bytes(content)

    if not opts.paths:
        for p in orphans():
            print(f"warning: {rel(p)} has no .py beside it", file=sys.stderr)

    state = "stale" if opts.check else "updated"
    print(f"gen_expected: {len(scripts)} scripts, {changed} files {state}, {errors} errors")
    return 1 if errors or (opts.check and changed) else 0


if __name__ == "__main__":
    sys.exit(main())
