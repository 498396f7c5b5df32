#!/usr/bin/env python3
"""Runs the end-to-end corpus under valgrind's memcheck.

Every program tests/programs/<name>.py (or only the names given) is compiled with the
natrix binary (target/release/natrix if built, else target/debug/natrix) and run under

    valgrind --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite

(with tests/valgrind.supp, which silences one start-up read inside mimalloc) with its recorded stdin, from tests/programs. A program passes when valgrind reports no
memory error and no definite leak, and its stdout and exit status are the recorded ones. It
runs with NATRIX_CHECK_LEAKS=1, so that the program releases its globals at exit.
Prints one line per failure and a summary; exits 1 when anything failed.

    python3 tests/valgrind.py [-j N] [names...]
"""

import argparse
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROGRAMS = os.path.join(HERE, "programs")
VALGRIND = [
    "valgrind",
    "--quiet",
    "--error-exitcode=99",
    "--leak-check=full",
    "--errors-for-leak-kinds=definite",
    "--suppressions=" + os.path.join(HERE, "valgrind.supp"),
]


def natrix():
    for build in ("release", "debug"):
        exe = os.path.join(ROOT, "target", build, "natrix")
        if os.path.exists(exe):
            return exe
    sys.exit("valgrind.py: build natrix first (cargo build)")


def check(name, out_dir):
    exe = os.path.join(out_dir, name)
    build = subprocess.run(
        [natrix(), "build", name + ".py", "-O", "-o", exe],
        cwd=PROGRAMS,
        capture_output=True,
    )
    if build.returncode != 0:
        return f"{name}: natrix build failed"
    stdin_path = os.path.join(PROGRAMS, name + ".stdin")
    stdin = open(stdin_path, "rb") if os.path.exists(stdin_path) else subprocess.DEVNULL
    try:
        run = subprocess.run(
            VALGRIND + [exe],
            cwd=PROGRAMS,
            stdin=stdin,
            capture_output=True,
            timeout=600,
            # The leak check makes the program release everything at exit, so that the
            # teardown runs under valgrind too.
            env={**os.environ, "NATRIX_CHECK_LEAKS": "1"},
        )
    except subprocess.TimeoutExpired:
        return f"{name}: timed out under valgrind"
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    if run.returncode == 99:
        report = run.stderr.decode(errors="replace").strip().splitlines()
        return f"{name}: valgrind: " + " | ".join(report[:6])
    with open(os.path.join(PROGRAMS, name + ".stdout"), "rb") as f:
        want_out = f.read()
    with open(os.path.join(PROGRAMS, name + ".exit")) as f:
        want_status = int(f.readline().strip() or 0)
    # Killed by a signal (an uncaught KeyboardInterrupt ends by SIGINT): 128 + the signal, as
    # the recording has it.
    status = run.returncode if run.returncode >= 0 else 128 - run.returncode
    if run.stdout != want_out or status != want_status:
        return f"{name}: output or exit status ({status}) differs from the recording"
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-j", type=int, default=os.cpu_count() or 1)
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    names = [n[:-3] if n.endswith(".py") else n for n in args.names] or sorted(
        f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".py")
    )
    with tempfile.TemporaryDirectory() as out_dir:
        with ThreadPoolExecutor(args.j) as pool:
            results = list(pool.map(lambda n: check(n, out_dir), names))
    failures = [r for r in results if r]
    for f in failures:
        print(f)
    print(f"{len(names)} programs under valgrind, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
