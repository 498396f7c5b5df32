"""The os module: os.path's string functions as CPython's posixpath, a scratch directory made,
filled, listed, renamed and removed, the environment and the working directory, and the
OSErrors of a missing file or an existing directory."""
import os
import os.path
from os.path import join, splitext as split_ext

for p in ["/usr/lib/python3.11/os.py", "data/report.tar.gz", ".bashrc", "a/b/", "/", "",
          "..hidden.txt", "a//b/./../c", "//net/share", "file."]:
    print(repr(p), os.path.basename(p), os.path.dirname(p), os.path.split(p),
          split_ext(p), os.path.isabs(p), os.path.normpath(p))
print(join("a", "b", "c.txt"), join("a/", "/abs", "x"), join("", "rel"), os.path.join("x", ""))
print(os.path.expanduser("~/notes") == os.environ["HOME"] + "/notes", os.path.expanduser("~x/y"))
print(os.path.abspath("sub/../file.txt") == os.path.join(os.getcwd(), "file.txt"))
print(os.sep, os.linesep == "\n", os.path.sep, os.curdir, os.pardir)

base = "/tmp/natrix_test_os_paths"
if os.path.isdir(base):
    for name in os.listdir(base):
        os.remove(os.path.join(base, name))
    os.rmdir(base)
os.makedirs(base)
os.makedirs(base, exist_ok=True)
for i, name in enumerate(["b.txt", "a.txt", "c.log"]):
    with open(os.path.join(base, name), "w") as f:
        f.write("x" * (i + 1) * 10)
print(sorted(os.listdir(base)))
print([(n, os.path.getsize(join(base, n))) for n in sorted(os.listdir(base))])
os.rename(join(base, "c.log"), join(base, "c.txt"))
texts = sorted(
    n for n in os.listdir(base) if os.path.splitext(n)[1] == ".txt")
print(texts, os.path.exists(join(base, "c.log")), os.path.isfile(join(base, "c.txt")),
      os.path.isdir(base), os.path.isfile(base), os.path.exists(join(base, "nope")))
os.makedirs(join(base, "sub", "deeper"))
with open(join(base, "sub", "deeper", "d.txt"), "w") as f:
    f.write("deep")
for topdown in (True, False):
    for dirpath, dirnames, filenames in os.walk(base, topdown=topdown):
        dirnames.sort()
        print(dirpath[len(base):] or "/", dirnames, sorted(filenames))
for dirpath, dirnames, filenames in os.walk(base):
    dirnames[:] = [d for d in dirnames if d != "deeper"]
    print("pruned:", dirpath[len(base):] or "/", sorted(filenames))
print(list(os.walk(join(base, "missing"))))
os.remove(join(base, "sub", "deeper", "d.txt"))
os.rmdir(join(base, "sub", "deeper"))
os.rmdir(join(base, "sub"))
for name in texts:
    os.remove(join(base, name))
os.rmdir(base)
print(os.path.exists(base))

print(os.getenv("NATRIX_SURELY_UNSET_VARIABLE"), os.getenv("NATRIX_SURELY_UNSET_VARIABLE", "dflt"),
      "PATH" in os.environ, isinstance(os.getcwd(), str))
for action in (lambda: os.remove(join(base, "gone.txt")), lambda: os.makedirs("/tmp"),
               lambda: os.path.getsize("/tmp/natrix-nothing-here"), lambda: os.listdir(base),
               lambda: os.rmdir("/tmp/natrix-nothing-here")):
    try:
        action()
    except FileNotFoundError as e:
        print("FileNotFoundError:", e)
    except FileExistsError as e:
        print("FileExistsError:", e)

# Relative paths and common prefixes.
print(os.path.relpath("/a/b/c.txt", "/a"), os.path.relpath("/a/b", "/a/b"), os.path.relpath("/x/y", "/a/b/c"))
print(os.path.relpath(os.path.join(os.getcwd(), "sub", "f.txt")), os.path.relpath(os.getcwd()))
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/li"]), repr(os.path.commonprefix([])))
