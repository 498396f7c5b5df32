"""A config loader that reports file errors the way command-line tools do: from the
OSError's errno, strerror and filename."""
import errno
import os
import sys

BASE = "/tmp/natrix_os_error_fields"


def read_config(path):
    try:
        with open(path) as f:
            return dict(line.strip().split("=", 1) for line in f if "=" in line)
    except FileNotFoundError as e:
        print(f"warning: {e.filename}: {e.strerror} (errno {e.errno})")
    except IsADirectoryError as e:
        print(f"error: {e.filename} is a directory [{errno.errorcode[e.errno]}]")
    except OSError as e:
        print(f"error: cannot read {e.filename!r}: {e}")
    return {}


def describe(exc):
    fields = (exc.errno, exc.strerror, exc.filename, exc.filename2)
    named = zip(("errno", "strerror", "filename", "filename2"), fields)
    return " ".join([type(exc).__name__] + [f"{name}={value!r}" for name, value in named])


os.makedirs(BASE, exist_ok=True)
good = os.path.join(BASE, "app.cfg")
with open(good, "w") as f:
    f.write("name=demo\nlevel=3\n")

print(read_config(good))
print(read_config(os.path.join(BASE, "missing.cfg")))
print(read_config(BASE))

errors = [
    OSError(2, "No such file or directory", "data.csv"),
    OSError(13, "Permission denied"),
    OSError("disk on fire"),
    PermissionError(1, "Operation not permitted", "a.txt", None, "b.txt"),
    OSError(99, "Custom", "x"),
]
for exc in errors:
    print(describe(exc))
    print("  str:", exc)
    print("  repr:", repr(exc), exc.args)

try:
    os.remove(os.path.join(BASE, "nothing-here"))
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, os.path.basename(e.filename))

try:
    int("x")
except ValueError as e:
    try:
        print(e.errno)
    except AttributeError as a:
        print("AttributeError:", a)

os.remove(good)
os.rmdir(BASE)
try:
    open(os.path.join(BASE, "gone.txt"))
except OSError as e:
    print(f"fatal: {e.strerror}", file=sys.stderr)
    sys.exit(e.errno)
