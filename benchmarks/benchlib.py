"""Shared machinery of benchmarks/run and benchmarks/check.

Every benchmark is a Python program in programs/<name>.py whose size is a module-level
constant on a line of its own, `N = <default>`; other sizes are run from a copy with that
line rewritten. A C reference, when there is one, is c/<name>.c and takes the size as argv[1].
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
PROGRAMS = BENCH_DIR / "programs"
C_DIR = BENCH_DIR / "c"
BUILD_DIR = BENCH_DIR / ".build"
VENV = BENCH_DIR / ".venv"

SIZE_NAMES = ("small", "default", "large")


@dataclass
class Benchmark:
    name: str
    sizes: dict  # size name -> N
    what: str

    @property
    def source(self) -> Path:
        return PROGRAMS / f"{self.name}.py"

    @property
    def c_source(self) -> Path | None:
        p = C_DIR / f"{self.name}.c"
        return p if p.exists() else None


def _b(name, small, large, what):
    return Benchmark(name, {"small": small, "default": None, "large": large}, what)


# The default size is each program's own `N = ...` line (read when needed); small is for CI,
# large for longer, quieter measurements.
BENCHMARKS = [
    _b("fib", 20, 35, "recursive calls, int arithmetic"),
    _b("primes", 20000, 2000000, "trial division, int %"),
    _b("mandelbrot", 60, 1500, "float loops with early exit"),
    _b("collatz", 10000, 1000000, "int loops and branches, //"),
    _b("pi", 10000, 30000000, "float accumulation loops"),
    _b("spectral_norm", 50, 1000, "lists of floats, nested loops"),
    _b("nbody", 1000, 1000000, "float attributes of objects"),
    _b("fannkuch", 7, 10, "small int lists, slices"),
    _b("binary_trees", 6, 17, "allocation of many small objects"),
    _b("richards", 200, 100000, "class hierarchy, virtual calls, None-able links"),
    _b("nqueens", 6, 12, "recursive generators, sets"),
    _b("raytracer", 16, 800, "float vectors as objects, dunder operators"),
    _b("word_freq", 2000, 2000000, "str methods, dict counting, key functions"),
    _b("life", 20, 5000, "sets of tuples, dict counting"),
    _b("pidigits", 50, 8000, "big integers"),
    _b("dijkstra", 20, 500, "heapq, tuples in a heap, dict of distances"),
    _b("strings", 2000, 600000, "f-strings, +=, join, split, replace, int()"),
    _b("interp", 500, 40000, "a bytecode interpreter: dispatch loop, list stack"),
]


def select(only: str | None) -> list[Benchmark]:
    if not only:
        return list(BENCHMARKS)
    names = [n.strip() for n in only.split(",") if n.strip()]
    known = {b.name: b for b in BENCHMARKS}
    unknown = [n for n in names if n not in known]
    if unknown:
        raise SystemExit(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(known)}")
    return [known[n] for n in names]


N_LINE = re.compile(r"^N = .*$", re.M)


def default_size(bench: Benchmark) -> int:
    m = N_LINE.search(bench.source.read_text())
    if not m:
        raise SystemExit(f"{bench.source}: no `N = ...` line")
    return int(m.group(0).split("=", 1)[1].strip())


def size_of(bench: Benchmark, size_name: str) -> int:
    n = bench.sizes[size_name]
    return default_size(bench) if n is None else n


def prepare(bench: Benchmark, size_name: str) -> tuple[Path, int]:
    """Write the program with its `N = ...` line set for this size; return (path, N)."""
    n = size_of(bench, size_name)
    text = bench.source.read_text()
    matches = N_LINE.findall(text)
    if len(matches) != 1:
        raise SystemExit(f"{bench.source}: expected exactly one `N = ...` line, found {len(matches)}")
    out_dir = BUILD_DIR / size_name
    out_dir.mkdir(parents=True, exist_ok=True)
    dst = out_dir / f"{bench.name}.py"
    dst.write_text(N_LINE.sub(f"N = {n}", text))
    return dst, n


# ---------------------------------------------------------------------------------------
# Running commands


@dataclass
class Proc:
    rc: int | None  # None: timed out
    stdout: str
    stderr: str
    seconds: float


def run_cmd(cmd, timeout=None, cwd=None, env=None) -> Proc:
    """Run a command, retrying while its executable is being replaced (a rebuild of natrix
    by cargo shows as "text file busy" or a briefly missing file)."""
    for attempt in range(30):
        t0 = time.perf_counter()
        try:
            p = subprocess.run(cmd, capture_output=True, text=True, errors="replace",
                               timeout=timeout, cwd=cwd, env=env)
        except subprocess.TimeoutExpired as e:
            out = e.stdout.decode(errors="replace") if isinstance(e.stdout, bytes) else (e.stdout or "")
            return Proc(None, out, "", time.perf_counter() - t0)
        except OSError as e:
            if e.errno in (errno.ETXTBSY, errno.ENOENT) and attempt < 29 and Path(cmd[0]).parent.exists():
                time.sleep(2)
                continue
            return Proc(127, "", f"{cmd[0]}: {e.strerror}", 0.0)
        dt = time.perf_counter() - t0
        if p.returncode != 0 and "text file busy" in p.stderr.lower() and attempt < 29:
            time.sleep(2)
            continue
        return Proc(p.returncode, p.stdout, p.stderr, dt)
    raise AssertionError("unreachable")


def first_error_line(stderr: str) -> str:
    lines = [ln.strip() for ln in strip_ansi(stderr).splitlines() if ln.strip()]
    for ln in lines:
        if ln.lower().startswith("error") or "error:" in ln.lower() or "panicked" in ln:
            return ln
    return lines[0] if lines else "(no message)"


_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def strip_ansi(s: str) -> str:
    return _ANSI.sub("", s)


def last_line(s: str) -> str:
    lines = [ln for ln in strip_ansi(s).splitlines() if ln.strip()]
    return lines[-1].strip() if lines else ""


def describe_diff(expected: str, got: str) -> str:
    """One line saying where an output first differs from CPython's."""
    e, g = expected.splitlines(), got.splitlines()
    for i in range(max(len(e), len(g))):
        a = e[i] if i < len(e) else "<missing>"
        b = g[i] if i < len(g) else "<missing>"
        if a != b:
            return f"line {i + 1}: expected {a!r}, got {b!r}"
    return "outputs differ in whitespace at the end"


@dataclass
class Result:
    """The outcome of running one implementation of one benchmark."""
    status: str  # ok, WRONG, error, timeout, compile-error, unavailable
    detail: str = ""
    times: list = field(default_factory=list)

    @property
    def median(self):
        return statistics.median(self.times) if self.times else None

    def as_dict(self):
        d = {"status": self.status, "detail": self.detail, "times": [round(t, 6) for t in self.times]}
        if self.times:
            d["median"] = round(self.median, 6)
        return d


def measure(cmd, expected: str | None, runs: int, timeout: float) -> tuple[Result, str]:
    """Run once to check the output (against `expected`, when given), then `runs` timed runs,
    each checked again. Returns the result and the first run's stdout."""
    first = run_cmd(cmd, timeout=timeout)
    if first.rc is None:
        return Result("timeout", f"over {timeout:g} s"), first.stdout
    if first.rc != 0:
        return Result("error", f"exit status {first.rc}: {last_line(first.stderr) or '(no stderr)'}"), first.stdout
    if expected is not None and first.stdout != expected:
        return Result("WRONG", describe_diff(expected, first.stdout)), first.stdout
    ref = first.stdout
    times = []
    for _ in range(runs):
        p = run_cmd(cmd, timeout=timeout)
        if p.rc is None:
            return Result("timeout", f"over {timeout:g} s"), ref
        if p.rc != 0 or p.stdout != ref:
            why = f"exit status {p.rc}" if p.rc != 0 else describe_diff(ref, p.stdout)
            return Result("WRONG", f"a later run differed: {why}"), ref
        times.append(p.seconds)
    return Result("ok", "", times), ref


# ---------------------------------------------------------------------------------------
# Tools


# `benchmarks/run` sets this: timings must link the optimized runtime, which only a release
# natrix does (each natrix links the runtime archive built next to it).
RELEASE = False


def natrix_path() -> Path:
    """`NATRIX` if set, else the workspace's debug (or, with `RELEASE`, release) build."""
    env = os.environ.get("NATRIX")
    profile = "release" if RELEASE else "debug"
    return Path(env) if env else ROOT / "target" / profile / "natrix"


@dataclass
class Build:
    ok: bool
    exe: Path | None
    seconds: float
    size: int | None
    error: str = ""
    crashed: bool = False  # the compiler itself failed (panic, signal), not a diagnostic


def natrix_build(src: Path, exe: Path, opt: str = "-O", timeout: float = 600, extra=()) -> Build:
    nx = natrix_path()
    if not nx.exists():
        return Build(False, None, 0.0, None, f"natrix not found at {nx} (cargo build first, or set NATRIX)")
    if exe.exists():
        exe.unlink()
    p = run_cmd([str(nx), "build", str(src), opt, *extra, "-o", str(exe)], timeout=timeout)
    if p.rc is None:
        return Build(False, None, p.seconds, None, f"natrix build timed out after {timeout:g} s", True)
    if p.rc == 0 and exe.exists():
        return Build(True, exe, p.seconds, exe.stat().st_size)
    crashed = p.rc != 1 or "panicked" in p.stderr
    msg = first_error_line(p.stderr)
    if crashed:
        msg = f"compiler crashed (exit status {p.rc}): {msg}"
    return Build(False, None, p.seconds, None, msg, crashed)


def c_build(compiler: str, src: Path, exe: Path) -> Build:
    if shutil.which(compiler) is None:
        return Build(False, None, 0.0, None, f"{compiler} not found")
    p = run_cmd([compiler, "-O2", "-o", str(exe), str(src), "-lm"], timeout=300)
    if p.rc == 0 and exe.exists():
        return Build(True, exe, p.seconds, exe.stat().st_size)
    return Build(False, None, p.seconds, None, first_error_line(p.stderr))


def tool_version(cmd) -> str:
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return ""
    out = (p.stdout or p.stderr).strip().splitlines()
    return " ".join(out[:2]) if cmd[0].endswith("pypy3") else (out[0] if out else "")
