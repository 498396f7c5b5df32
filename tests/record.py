#!/usr/bin/env python3
"""Record expected outputs for the end-to-end corpus from CPython.

For every program tests/programs/<name>.py (or only the names given on the
command line, with or without the .py suffix) this runs

    python3 <name>.py

with cwd=tests/programs, a 10 second timeout and PYTHONHASHSEED=0, then writes

    <name>.stdout  exact stdout bytes
    <name>.exit    line 1: exit status; line 2: last line of stderr, only
                   when stderr is non-empty
    <name>.stderr  the whole traceback without its source lines (those
                   indented by four spaces), only for programs that have
                   one already or are named with --stderr: the harness then
                   compares the whole traceback, chained exceptions included

Re-running it is idempotent: files are only rewritten when their content
changes. Use --check to verify the recorded files without writing anything
(exit status 1 on any difference).
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")
TIMEOUT = 10


def program_names(args):
    if args:
        names = []
        for arg in args:
            name = os.path.basename(arg)
            if name.endswith(".py"):
                name = name[:-3]
            if not os.path.isfile(os.path.join(PROGRAMS, name + ".py")):
                sys.exit("record.py: no such program: " + name)
            names.append(name)
        return names
    return sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".py"))


def child_env():
    env = dict(os.environ)
    # Anything that could make CPython's output differ between machines.
    for key in list(env):
        if key.startswith("PYTHON"):
            del env[key]
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def run(name):
    stdin_path = os.path.join(PROGRAMS, name + ".stdin")
    stdin = open(stdin_path, "rb") if os.path.exists(stdin_path) else subprocess.DEVNULL
    proc = subprocess.run(
        ["python3", name + ".py"],
        cwd=PROGRAMS,
        env=child_env(),
        stdin=stdin,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        timeout=TIMEOUT,
    )
    if stdin is not subprocess.DEVNULL:
        stdin.close()
    # Killed by a signal (an uncaught KeyboardInterrupt ends by SIGINT): 128 + the signal, as
    # a shell shows it and as the harness reads it.
    code = proc.returncode if proc.returncode >= 0 else 128 - proc.returncode
    exit_text = str(code) + "\n"
    stderr_lines = proc.stderr.decode("utf-8", "replace").splitlines()
    if stderr_lines:
        exit_text += stderr_lines[-1] + "\n"
    # CPython names the script by its absolute path: keep only the file name.
    prefix = os.path.realpath(PROGRAMS) + os.sep
    frames = "".join(
        l.replace(prefix, "") + "\n" for l in stderr_lines if not l.startswith("    ")
    )
    return proc.stdout, exit_text.encode("utf-8"), frames.encode("utf-8")


def write_if_changed(path, data):
    try:
        with open(path, "rb") as f:
            if f.read() == data:
                return False
    except FileNotFoundError:
        pass
    with open(path, "wb") as f:
        f.write(data)
    return True


def read_or_none(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return None


def main(argv):
    check = False
    with_stderr = False
    args = []
    for arg in argv:
        if arg == "--check":
            check = True
        elif arg == "--stderr":
            with_stderr = True
        elif arg in ("-h", "--help"):
            print(__doc__)
            return 0
        else:
            args.append(arg)
    failures = 0
    changed = 0
    for name in program_names(args):
        try:
            stdout, exit_text, frames = run(name)
        except subprocess.TimeoutExpired:
            print("TIMEOUT", name, file=sys.stderr)
            failures += 1
            continue
        out_path = os.path.join(PROGRAMS, name + ".stdout")
        exit_path = os.path.join(PROGRAMS, name + ".exit")
        err_path = os.path.join(PROGRAMS, name + ".stderr")
        keep_err = with_stderr or os.path.exists(err_path)
        if check:
            if (
                read_or_none(out_path) != stdout
                or read_or_none(exit_path) != exit_text
                or (keep_err and read_or_none(err_path) != frames)
            ):
                print("DIFFERS", name, file=sys.stderr)
                failures += 1
            continue
        a = write_if_changed(out_path, stdout)
        b = write_if_changed(exit_path, exit_text)
        c = keep_err and write_if_changed(err_path, frames)
        if a or b or c:
            changed += 1
            print("recorded", name, "(exit " + exit_text.decode().splitlines()[0] + ")")
    if not check:
        print("record.py:", changed, "file set(s) changed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
