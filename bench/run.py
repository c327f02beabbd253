#!/usr/bin/env python3
"""Run the benchmark programs under Krait and CPython and compare them.

Usage, from anywhere (paths are taken relative to the current directory first,
then to the repository root):

    python3 bench/run.py [--krait build/krait] [--python python3] [--repeat N]
                         [--timeout S] [--startup-runs N] [--no-startup] [--cpu]
                         [--python-arg ARG] [--krait-arg ARG] [--no-time-wrapper]
                         [--json FILE] [PROGRAM[:ARG[,ARG...]] ...]

PROGRAM is a name from bench/programs (with or without .py) or a path to a .py
file; the optional :ARG,... part passes arguments to the program (e.g. nbody:20000
for a shorter run). Without PROGRAMs, every bench/programs/*.py runs, in name order.

Each program runs --repeat times under each interpreter, alternating between
the two (Krait first on even repetitions, CPython first on odd ones), in one
invocation: the machine is shared and noisy, so only figures taken side by side
are compared. The minimum wall time of each side is kept (--cpu: the minimum
user+system CPU time; the other kind is shown as a second ratio, a check on the
noise). Peak RSS comes from /usr/bin/time when it is there. Both sides must print
the same standard output; a mismatch is reported loudly and the program is left
out of the geometric mean. A Krait failure (non-zero exit, crash, time-out) is
reported and the run goes on with the next program.

The ratio is CPython time / Krait time: above 1 means Krait is faster.

Start-up is measured as `KRAIT -c pass` against `PYTHON -c pass` (and `PYTHON -S -c
pass`): the minimum wall time of --startup-runs runs each, and the peak RSS.

Exit status: 0 when every program ran correctly under both interpreters, else 1.
See docs/BENCHMARKS.md.

An interpreter given as a script wrapper rather than a binary (a pyenv shim,
say) is asked for sys.executable and replaced by the binary it names, so that
the wrapper's own start-up (about 0.1 s for pyenv) is not timed.
"""
import argparse
import json
import math
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PROGRAMS_DIR = REPO / "bench" / "programs"


# ----------------------------------------------------------------------------
# Running one process


class RunResult:
    """The outcome of one process: wall and CPU times, peak RSS, exit status."""

    def __init__(self):
        self.wall = 0.0
        self.user = 0.0
        self.sys = 0.0
        self.maxrss_kb = 0
        self.exitcode = None      # negative: killed by that signal
        self.timed_out = False
        self.launch_error = None  # OSError text when the process could not start
        self.stdout = ""
        self.stderr = ""

    @property
    def cpu(self):
        return self.user + self.sys

    @property
    def ok(self):
        return self.launch_error is None and not self.timed_out and self.exitcode == 0

    def describe_failure(self):
        if self.launch_error is not None:
            return f"could not start: {self.launch_error}"
        if self.timed_out:
            return f"TIMEOUT after {self.wall:.1f} s"
        if self.exitcode is not None and self.exitcode < 0:
            try:
                name = signal.Signals(-self.exitcode).name
            except ValueError:
                name = f"signal {-self.exitcode}"
            return f"CRASHED ({name})"
        return f"FAILED (exit {self.exitcode})"


TIME_WRAPPER = "/usr/bin/time"


def time_wrapper_works():
    """True when GNU time is there and takes -o FILE -f %M (peak RSS in KB)."""
    if not os.access(TIME_WRAPPER, os.X_OK):
        return False
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as f:
        r = run_process(["true"], 30, use_wrapper=True, _rss_file=f.name)
        return r.ok and r.maxrss_kb > 0


def run_process(cmd, timeout, cwd=None, use_wrapper=False, _rss_file=None):
    """Runs cmd to completion (or until timeout seconds pass) and measures it.

    Wall time is taken here, around the whole process. CPU time comes from
    os.wait4, which covers the child and the descendants it waited for.

    Peak RSS: a child forked from this (Python) process inherits this process's
    peak RSS as a floor, kept across exec, so ru_maxrss from os.wait4 can never
    show less than about 15 MB. With use_wrapper, the command runs under
    /usr/bin/time (GNU time), a small C program, and the peak RSS is the one it
    reports for the command; its own start-up adds about a millisecond of wall
    time, to both interpreters alike.

    Output goes to temporary files, so a chatty program cannot block on a full
    pipe. The child gets a session of its own, killed as a whole on time-out.
    """
    res = RunResult()
    rss_file = None
    if use_wrapper:
        if _rss_file is not None:
            rss_path = _rss_file
        else:
            rss_file = tempfile.NamedTemporaryFile("r", suffix=".rss")
            rss_path = rss_file.name
        cmd = [TIME_WRAPPER, "-o", rss_path, "-f", "%M"] + list(cmd)
    try:
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            _run(cmd, timeout, cwd, res, out, err)
        if use_wrapper and res.launch_error is None and not res.timed_out:
            _read_wrapper_report(rss_path, res)
    finally:
        if rss_file is not None:
            rss_file.close()
    return res


def _read_wrapper_report(path, res):
    # GNU time writes "Command terminated by signal N" or "Command exited with
    # non-zero status N" before the formatted line, which here is %M alone.
    try:
        with open(path) as f:
            lines = [line.strip() for line in f if line.strip()]
    except OSError:
        return
    for line in lines:
        if line.startswith("Command terminated by signal "):
            try:
                res.exitcode = -int(line.rsplit(" ", 1)[1])
            except ValueError:
                pass
    if lines and lines[-1].isdigit():
        res.maxrss_kb = int(lines[-1])


def _run(cmd, timeout, cwd, res, out, err):
    t0 = time.perf_counter()
    try:
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                cwd=cwd, start_new_session=True)
    except OSError as e:
        res.launch_error = str(e)
        return
    lock = threading.Lock()
    state = {"done": False, "timed_out": False}

    def kill():
        with lock:
            if state["done"]:
                return
            state["timed_out"] = True
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except OSError:
                pass

    timer = threading.Timer(timeout, kill)
    timer.daemon = True
    timer.start()
    try:
        while True:
            try:
                _, status, usage = os.wait4(proc.pid, 0)
                break
            except InterruptedError:
                continue
    except BaseException:
        # Ctrl-C or similar: do not leave the child running.
        with lock:
            state["done"] = True
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            pass
        raise
    finally:
        t1 = time.perf_counter()
        timer.cancel()
    with lock:
        state["done"] = True
    res.wall = t1 - t0
    res.exitcode = os.waitstatus_to_exitcode(status)
    proc.returncode = res.exitcode  # already reaped: keep Popen from waiting again
    res.timed_out = state["timed_out"]
    res.user = usage.ru_utime
    res.sys = usage.ru_stime
    res.maxrss_kb = usage.ru_maxrss  # kilobytes on Linux; see run_process
    # Kill anything the program left behind in its session.
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except OSError:
        pass
    out.seek(0)
    err.seek(0)
    res.stdout = out.read().decode("utf-8", "replace")
    res.stderr = err.read().decode("utf-8", "replace")


# ----------------------------------------------------------------------------
# Interpreters


def is_elf(path):
    try:
        with open(path, "rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False


def find_executable(spec):
    """Resolves an interpreter given on the command line to a path, or None."""
    if os.sep in spec or (os.altsep and os.altsep in spec):
        for base in (Path.cwd(), REPO):
            p = (base / spec).resolve()
            if p.is_file() and os.access(p, os.X_OK):
                return str(p)
        return None
    found = shutil.which(spec)
    return str(Path(found).resolve()) if found else None


def unwrap(path, notes, label):
    """If path is a script wrapper (pyenv shim...), returns the binary it runs."""
    if is_elf(path):
        return path
    probe = run_process([path, "-c", "import sys; print(sys.executable)"], 30)
    if probe.ok:
        target = probe.stdout.strip()
        if target and is_elf(target):
            notes.append(f"{label}: {path} is a wrapper script; timing the binary it runs, {target}")
            return target
    notes.append(f"{label}: {path} is not a binary; its wrapper's start-up is included in the times")
    return path


def version_of(path, args):
    res = run_process([path] + args, 30)
    text = (res.stdout.strip() or res.stderr.strip()).splitlines()
    return text[0] if res.ok and text else None


# ----------------------------------------------------------------------------
# Programs


def resolve_programs(specs):
    """Returns (name, path, args) triples for the PROGRAM arguments."""
    if not specs:
        return [(p.stem, p, []) for p in sorted(PROGRAMS_DIR.glob("*.py"))]
    result = []
    for spec in specs:
        name, _, argtext = spec.partition(":")
        args = [a for a in argtext.split(",") if a] if argtext else []
        candidates = [Path(name), PROGRAMS_DIR / name, PROGRAMS_DIR / (name + ".py")]
        for c in candidates:
            if c.is_file():
                path = c.resolve()
                break
        else:
            sys.exit(f"run.py: no such program: {name} (looked in {PROGRAMS_DIR})")
        label = path.stem + (":" + ",".join(args) if args else "")
        result.append((label, path, args))
    return result


def tail(text, lines=5):
    parts = text.rstrip("\n").splitlines()
    return "\n".join("    | " + line for line in parts[-lines:])


def first_difference(a, b):
    la = a.splitlines()
    lb = b.splitlines()
    for i in range(max(len(la), len(lb))):
        x = la[i] if i < len(la) else "<no line>"
        y = lb[i] if i < len(lb) else "<no line>"
        if x != y:
            return i + 1, x, y
    return None


class ProgramResult:
    def __init__(self, label):
        self.label = label
        self.python = None   # best RunResult (min metric) or None
        self.krait = None
        self.python_failure = None   # RunResult of a failed run
        self.krait_failure = None
        self.mismatch = None         # text describing an output difference
        self.unstable = []           # notes about output changing between runs
        self.min_wall = {}           # side -> minimum wall time over the runs
        self.min_cpu = {}            # side -> minimum CPU time over the runs

    @property
    def ok(self):
        return (self.python is not None and self.krait is not None and self.mismatch is None
                and not self.unstable)

    def ratio(self, kind):
        """CPython / Krait for kind "wall" or "cpu", each side's minimum."""
        if not self.ok:
            return None
        mins = self.min_wall if kind == "wall" else self.min_cpu
        k = mins["krait"]
        return mins["python"] / k if k > 0 else None


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def bench_program(label, path, args, krait_cmd, python_cmd, repeat, timeout, metric, wrapper):
    res = ProgramResult(label)
    sides = {"krait": krait_cmd + [str(path)] + args, "python": python_cmd + [str(path)] + args}
    outputs = {"krait": None, "python": None}
    best = {"krait": None, "python": None}
    failed = {"krait": None, "python": None}
    for rep in range(repeat):
        order = ("krait", "python") if rep % 2 == 0 else ("python", "krait")
        for side in order:
            if failed[side] is not None:
                continue
            r = run_process(sides[side], timeout, cwd=str(REPO), use_wrapper=wrapper)
            if not r.ok:
                failed[side] = r
                continue
            if outputs[side] is None:
                outputs[side] = r.stdout
            elif r.stdout != outputs[side]:
                res.unstable.append(f"{side} printed different output on run {rep + 1}")
            if best[side] is None or metric(r) < metric(best[side]):
                best[side] = r
            res.min_wall[side] = min(res.min_wall.get(side, r.wall), r.wall)
            res.min_cpu[side] = min(res.min_cpu.get(side, r.cpu), r.cpu)
        log(f"  {label}: run {rep + 1}/{repeat}"
            + "".join(f"  {s} {metric(best[s]):.3f}s" for s in ("python", "krait") if best[s]))
    res.python_failure = failed["python"]
    res.krait_failure = failed["krait"]
    # A side that failed once does not count, even if earlier runs succeeded.
    res.python = best["python"] if failed["python"] is None else None
    res.krait = best["krait"] if failed["krait"] is None else None
    if res.python is not None and res.krait is not None:
        if outputs["python"] != outputs["krait"]:
            diff = first_difference(outputs["python"], outputs["krait"])
            line, expected, got = diff if diff else (0, "", "")
            res.mismatch = (f"line {line}: CPython printed {expected!r}, Krait printed {got!r}")
    return res


# ----------------------------------------------------------------------------
# Start-up


def bench_startup(variants, runs, timeout, wrapper):
    """Min wall time and peak RSS of each (key, command) in variants, taking
    turns: one run of each per round, the order rotating from round to round."""
    best = {}
    failed = {}
    for i in range(runs):
        k = i % len(variants)
        for key, cmd in variants[k:] + variants[:k]:
            if key in failed:
                continue
            r = run_process(cmd, timeout, use_wrapper=wrapper)
            if not r.ok:
                failed[key] = r
                continue
            if key not in best:
                best[key] = {"wall": r.wall, "rss_kb": r.maxrss_kb}
            else:
                best[key]["wall"] = min(best[key]["wall"], r.wall)
                best[key]["rss_kb"] = max(best[key]["rss_kb"], r.maxrss_kb)
    out = {}
    for key, cmd in variants:
        if key in failed:
            r = failed[key]
            out[key] = {"command": cmd, "failure": r.describe_failure(), "stderr": r.stderr.strip()}
        else:
            out[key] = dict(best[key], command=cmd)
    return out


# ----------------------------------------------------------------------------
# Report


def fmt_time(r):
    return f"{r:.3f}" if r is not None else "-"


def fmt_mb(kb):
    return f"{kb / 1024:.1f}" if kb else "-"


def print_table(rows, headers):
    widths = [len(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))
    line = "  ".join(h.ljust(widths[i]) if i in (0, len(headers) - 1) else h.rjust(widths[i])
                     for i, h in enumerate(headers))
    print(line.rstrip())
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(c.ljust(widths[i]) if i in (0, len(row) - 1) else c.rjust(widths[i])
                        for i, c in enumerate(row)).rstrip())


def main():
    ap = argparse.ArgumentParser(description="Compare Krait with CPython on bench/programs.")
    ap.add_argument("--krait", default="build/krait", help="Krait executable (default build/krait)")
    ap.add_argument("--python", default="python3", help="CPython executable (default python3)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per program and side (default 3)")
    ap.add_argument("--timeout", type=float, default=60.0, help="limit per run in seconds (default 60)")
    ap.add_argument("--startup-runs", type=int, default=20, help="runs of `-c pass` per side (default 20)")
    ap.add_argument("--no-startup", action="store_true", help="skip the start-up measurement")
    ap.add_argument("--cpu", action="store_true",
                    help="compare user+system CPU time instead of wall time")
    ap.add_argument("--python-arg", action="append", default=[], metavar="ARG",
                    help="extra CPython argument before the program, e.g. --python-arg=-S "
                         "(repeatable)")
    ap.add_argument("--krait-arg", action="append", default=[], metavar="ARG",
                    help="extra Krait argument before the program (repeatable)")
    ap.add_argument("--no-time-wrapper", action="store_true",
                    help="do not run programs under /usr/bin/time (used for peak RSS only)")
    ap.add_argument("--json", metavar="FILE", help="also write the results as JSON to FILE")
    ap.add_argument("programs", nargs="*", metavar="PROGRAM[:ARG,...]")
    opts = ap.parse_args()
    if opts.repeat < 1:
        ap.error("--repeat must be at least 1")

    notes = []
    python = find_executable(opts.python)
    if python is None:
        sys.exit(f"run.py: CPython not found: {opts.python}")
    python = unwrap(python, notes, "--python")
    krait = find_executable(opts.krait)
    if krait is None:
        sys.exit(f"run.py: Krait not found: {opts.krait} (build it first, or pass --krait)")
    krait = unwrap(krait, notes, "--krait")
    py_version = version_of(python, ["-c", "import sys; print(sys.version.split()[0])"])
    if py_version is None:
        sys.exit(f"run.py: {python} does not run as a Python interpreter")
    krait_version = version_of(krait, ["--version"]) or "unknown"
    programs = resolve_programs(opts.programs)
    wrapper = not opts.no_time_wrapper and time_wrapper_works()
    if not wrapper:
        notes.append("peak RSS comes from os.wait4 and cannot show less than this "
                     "runner's own peak RSS (no usable /usr/bin/time)")
    python_cmd = [python] + opts.python_arg
    krait_cmd = [krait] + opts.krait_arg
    metric_name = "CPU (user+sys)" if opts.cpu else "wall"
    metric = (lambda r: r.cpu) if opts.cpu else (lambda r: r.wall)

    log(f"CPython {py_version}: {' '.join(python_cmd)}")
    log(f"Krait: {krait_version}: {' '.join(krait_cmd)}")
    for n in notes:
        log("note: " + n)
    log(f"{len(programs)} programs, {opts.repeat} runs each per side, alternating; "
        f"time limit {opts.timeout:g} s per run")

    started = time.time()
    results = []
    for label, path, args in programs:
        results.append(bench_program(label, path, args, krait_cmd, python_cmd, opts.repeat,
                                     opts.timeout, metric, wrapper))
        r = results[-1]
        if r.krait_failure is not None:
            log(f"  {label}: Krait {r.krait_failure.describe_failure()}")
    startup = None
    if not opts.no_startup and opts.startup_runs > 0:
        log(f"start-up: {opts.startup_runs} runs of `-c pass` per side")
        variants = [("CPython", python_cmd + ["-c", "pass"]),
                    ("Krait", krait_cmd + ["-c", "pass"])]
        if "-S" not in opts.python_arg:
            variants.insert(1, ("CPython -S", python_cmd + ["-S", "-c", "pass"]))
        startup = bench_startup(variants, opts.startup_runs, opts.timeout, wrapper)

    # Problems first, loudly.
    problems = []
    for r in results:
        if r.python_failure is not None:
            f = r.python_failure
            problems.append(f"{r.label}: CPython {f.describe_failure()}\n{tail(f.stderr)}")
        if r.krait_failure is not None:
            f = r.krait_failure
            text = f"{r.label}: Krait {f.describe_failure()}"
            if f.stderr.strip():
                text += "\n" + tail(f.stderr)
            problems.append(text)
        if r.mismatch is not None:
            problems.append(f"{r.label}: OUTPUT MISMATCH, left out of the mean: {r.mismatch}")
        for u in r.unstable:
            problems.append(f"{r.label}: UNSTABLE OUTPUT, left out of the mean: {u}")
    print()
    if problems:
        print("!" * 78)
        print(f"!!! {len(problems)} problem(s):")
        for p in problems:
            print("!!! " + p)
        print("!" * 78)
        print()

    kind = "cpu" if opts.cpu else "wall"
    other = "wall" if opts.cpu else "cpu"
    rows = []
    ratios = []
    other_ratios = []
    for r in results:
        ratio = r.ratio(kind)
        other_ratio = r.ratio(other)
        if ratio is not None and other_ratio is not None:
            ratios.append(ratio)
            other_ratios.append(other_ratio)
        if r.ok:
            note = ""
        elif r.mismatch is not None:
            note = "OUTPUT MISMATCH"
        elif r.unstable:
            note = "UNSTABLE OUTPUT"
        elif r.python_failure is not None:
            note = "CPython " + r.python_failure.describe_failure()
        elif r.krait_failure is not None:
            note = "Krait " + r.krait_failure.describe_failure()
        else:
            note = "?"
        rows.append([
            r.label,
            fmt_time(metric(r.python)) if r.python else "-",
            fmt_time(metric(r.krait)) if r.krait else "-",
            f"{ratio:.2f}" if ratio is not None else "-",
            f"{other_ratio:.2f}" if other_ratio is not None else "-",
            fmt_mb(r.python.maxrss_kb) if r.python else "-",
            fmt_mb(r.krait.maxrss_kb) if r.krait else "-",
            note,
        ])
    print(f"Minimum {metric_name} time of {opts.repeat} runs per side, in seconds; "
          f"ratio = CPython / Krait (> 1: Krait is faster);")
    print(f"{other} ratio = the same with {other} times (a check on the noise); "
          f"MB = peak resident set size.")
    print_table(rows, ["program", "CPython s", "Krait s", "ratio", f"{other} ratio",
                       "CPython MB", "Krait MB", "note"])
    print()
    geomean = None
    other_geomean = None
    if ratios:
        geomean = math.exp(sum(math.log(x) for x in ratios) / len(ratios))
        other_geomean = math.exp(sum(math.log(x) for x in other_ratios) / len(other_ratios))
        print(f"geometric mean of ratios: {geomean:.3f} over {len(ratios)} of {len(results)} "
              f"programs ({other} time: {other_geomean:.3f})")
    else:
        print("geometric mean of ratios: none (no program ran correctly under both)")
    print(f"CPython {py_version} ({' '.join(python_cmd)}); Krait: {krait_version} ({' '.join(krait_cmd)})")
    for n in notes:
        print("note: " + n)

    if startup is not None:
        print()
        print(f"Start-up: minimum wall time of {opts.startup_runs} runs each, peak RSS")
        srows = []
        for key, s in startup.items():
            shown = " ".join([Path(s["command"][0]).name] + s["command"][1:])
            if "failure" in s:
                first = s["stderr"].splitlines()[0] if s["stderr"] else ""
                srows.append([key, shown, "-", "-", s["failure"] + (f": {first}" if first else "")])
            else:
                srows.append([key, shown, f"{s['wall'] * 1000:.1f}", fmt_mb(s["rss_kb"]), ""])
        print_table(srows, ["interpreter", "command", "wall ms", "RSS MB", "note"])
        sp = startup["CPython"]
        sk = startup["Krait"]
        if "failure" not in sp and "failure" not in sk and sk["wall"] > 0:
            print(f"start-up ratio (CPython / Krait): {sp['wall'] / sk['wall']:.2f}")
        ss = startup.get("CPython -S")
        if ss and "failure" not in ss and "failure" not in sp and sp["wall"] - ss["wall"] > 0.02:
            print(f"note: CPython spends {(sp['wall'] - ss['wall']) * 1000:.0f} ms of its start-up "
                  f"in the site module (site-packages, .pth files); every CPython program run "
                  f"above includes it. --python-arg=-S leaves it out.")
    print(f"\ntotal time {time.time() - started:.0f} s")

    if opts.json:
        data = {
            "python": python_cmd, "python_version": py_version,
            "krait": krait_cmd, "krait_version": krait_version,
            "metric": "cpu" if opts.cpu else "wall", "repeat": opts.repeat,
            "geomean": geomean, "geomean_" + other: other_geomean,
            "notes": notes, "startup": startup,
            "programs": [],
        }
        for r in results:
            entry = {"program": r.label, "ok": r.ok, "ratio": r.ratio(kind),
                     "ratio_" + other: r.ratio(other),
                     "mismatch": r.mismatch, "unstable": r.unstable}
            for side, best, fail in (("python", r.python, r.python_failure),
                                     ("krait", r.krait, r.krait_failure)):
                if best is not None:
                    entry[side] = {"min_wall": r.min_wall[side], "min_cpu": r.min_cpu[side],
                                   "rss_kb": best.maxrss_kb}
                if fail is not None:
                    entry[side + "_failure"] = fail.describe_failure()
            data["programs"].append(entry)
        with open(opts.json, "w") as f:
            json.dump(data, f, indent=2)
            f.write("\n")
    # Exit status: 0 when every program ran correctly under both.
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
