#!/usr/bin/env python3
"""Differential fuzzing of natrix against CPython.

    python3 tests/fuzz/run.py [--natrix PATH] [--seeds A:B] [--keep DIR] [-j N]

For every seed in [A, B) this generates a program with gen.py, runs it under
python3 (the oracle, 10 s timeout, PYTHONHASHSEED=0), compiles it with
`natrix build prog.py -O -o exe` and runs the executable (20 s timeout), then
compares stdout, exit status and the last line of stderr.

Output: one line per mismatch (seed, what differed, first differing line),
one line per rejection (natrix exit 1 at compile time: the generator believes
the program is in the supported subset, so this is a finding too), and the
summary `N programs, M mismatches, K rejected`. Exit status 1 on any mismatch
(and, with --strict, on any rejection). With --keep DIR, every failing or
rejected program is written to DIR/seed_<N>.py together with CPython's
expected output.
"""

import argparse
import concurrent.futures
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import gen  # noqa: E402

PY_TIMEOUT = 10
EXE_TIMEOUT = 20
BUILD_TIMEOUT = 300


def last_line(b):
    lines = b.decode("utf-8", "replace").rstrip("\n").split("\n")
    return lines[-1] if lines and lines[-1] else ""


def run(cmd, timeout, cwd):
    env = dict(os.environ, PYTHONHASHSEED="0")
    try:
        p = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=timeout)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        return "timeout", e.stdout or b"", e.stderr or b""


def build(natrix, src, exe, cwd):
    """Run natrix; retries while the compiler binary is being rebuilt."""
    for attempt in range(10):
        try:
            rc, out, err = run([natrix, "build", src, "-O", "-o", exe], BUILD_TIMEOUT, cwd)
        except OSError as e:        # ETXTBSY, ENOENT while cargo relinks it
            rc, out, err = "oserror", b"", str(e).encode()
        text = err.decode("utf-8", "replace")
        if rc == "oserror" or "text file busy" in text.lower() or (
                rc not in (0, 1) and "No such file" in text):
            time.sleep(3)
            continue
        return rc, out, err
    return rc, out, err


def first_diff(a, b):
    la = a.decode("utf-8", "replace").split("\n")
    lb = b.decode("utf-8", "replace").split("\n")
    for i in range(max(len(la), len(lb))):
        x = la[i] if i < len(la) else "<eof>"
        y = lb[i] if i < len(lb) else "<eof>"
        if x != y:
            return i + 1, x, y
    return 0, "", ""


def check(seed, natrix, workdir):
    """Returns (kind, message, src, oracle) with kind in ok/mismatch/rejected/skipped."""
    src = gen.generate(seed)
    d = os.path.join(workdir, "s%d" % seed)
    os.makedirs(d, exist_ok=True)
    prog = os.path.join(d, "prog.py")
    with open(prog, "w") as f:
        f.write(src)
    oracle = run([sys.executable, "prog.py"], PY_TIMEOUT, d)
    if oracle[0] == "timeout":
        return "skipped", "seed %d: python3 timed out (generator problem)" % seed, src, oracle
    exe = os.path.join(d, "exe")
    rc, out, err = build(natrix, "prog.py", exe, d)
    if rc == 1:
        lines = [l for l in err.decode("utf-8", "replace").split("\n") if l.strip()]
        return "rejected", "seed %d: rejected: %s" % (seed, lines[0] if lines else "(no message)"), src, oracle
    if rc != 0:
        return "mismatch", "seed %d: compiler exit %s: %s" % (seed, rc, last_line(err)), src, oracle
    got = run([exe], EXE_TIMEOUT, d)
    msgs = []
    if got[0] == "timeout":
        msgs.append("natrix timed out")
    else:
        if got[1] != oracle[1]:
            n, x, y = first_diff(oracle[1], got[1])
            msgs.append("stdout line %d: python %r, natrix %r" % (n, x, y))
        if got[0] != oracle[0]:
            msgs.append("exit python %s, natrix %s" % (oracle[0], got[0]))
        if last_line(got[2]) != last_line(oracle[2]):
            msgs.append("stderr python %r, natrix %r" % (last_line(oracle[2]), last_line(got[2])))
    shutil.rmtree(d, ignore_errors=True)
    if msgs:
        return "mismatch", "seed %d: %s" % (seed, "; ".join(msgs)), src, oracle
    return "ok", "", src, oracle


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--natrix", default=os.path.join(REPO, "target", "debug", "natrix"))
    ap.add_argument("--seeds", default="0:100", help="half-open range A:B")
    ap.add_argument("--keep", metavar="DIR", help="write failing programs here")
    ap.add_argument("-j", "--jobs", type=int, default=1)
    ap.add_argument("--strict", action="store_true", help="exit 1 on rejections too")
    args = ap.parse_args()
    a, b = (int(x) for x in args.seeds.split(":"))
    natrix = os.path.abspath(args.natrix)
    workdir = tempfile.mkdtemp(prefix="natrix-fuzz-")
    if args.keep:
        os.makedirs(args.keep, exist_ok=True)
    counts = {"ok": 0, "mismatch": 0, "rejected": 0, "skipped": 0}
    try:
        with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
            futs = [pool.submit(check, s, natrix, workdir) for s in range(a, b)]
            for seed, fut in zip(range(a, b), futs):
                kind, msg, src, oracle = fut.result()
                counts[kind] += 1
                if kind == "ok":
                    continue
                print(msg, flush=True)
                if args.keep and kind != "skipped":
                    base = os.path.join(args.keep, "seed_%d" % seed)
                    with open(base + ".py", "w") as f:
                        f.write(src)
                    with open(base + ".expected", "wb") as f:
                        f.write(b"# exit %s\n" % str(oracle[0]).encode())
                        f.write(b"# stderr: " + last_line(oracle[2]).encode() + b"\n")
                        f.write(oracle[1])
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    n = b - a
    extra = ", %d skipped (oracle timeout)" % counts["skipped"] if counts["skipped"] else ""
    print("%d programs, %d mismatches, %d rejected%s" % (n, counts["mismatch"], counts["rejected"], extra))
    if counts["mismatch"] or (args.strict and counts["rejected"]):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
