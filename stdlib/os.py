"""os: the environment, the working directory, a directory's entries, removing, making and
renaming files and directories (`runtime/src/os.rs`), and `os.path`'s functions, as
CPython's `posixpath` (an object here: `os.path.join(…)`; `import os.path` and `from os.path
import join` reach them too)."""

sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
devnull = "/dev/null"
name = "posix"
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def _environ():
    env = {}
    for entry in __natrix_os_environ__():
        key, _, value = entry.partition("=")
        env[key] = value
    return env


environ = _environ()


def getenv(key, default=None):
    return environ.get(key, default)


def isatty(fd):
    return __natrix_isatty__(fd)


def getpid():
    return __natrix_os_getpid__()


def getcwd():
    return __natrix_os_getcwd__()


def listdir(path="."):
    return __natrix_os_listdir__(path)


def remove(path):
    __natrix_os_change__(0, path, "")


def unlink(path):
    __natrix_os_change__(0, path, "")


def mkdir(path, mode=0o777):
    __natrix_os_change__(1, path, "")


def rmdir(path):
    __natrix_os_change__(2, path, "")


def rename(src, dst):
    __natrix_os_change__(3, src, dst)


def replace(src, dst):
    __natrix_os_change__(3, src, dst)


def makedirs(name, mode=0o777, exist_ok=False):
    __natrix_os_change__(5 if exist_ok else 4, name, "")


def walk(top, topdown=True, onerror=None, followlinks=False):
    """The directory tree under `top`: `(dirpath, dirnames, filenames)` for each directory,
    top-down (each directory before those in it; changing `dirnames` then prunes the walk) or
    bottom-up; a directory that cannot be listed is skipped."""
    try:
        names = listdir(top)
    except OSError:
        return
    dirs = []
    files = []
    for n in names:
        if _path_isdir(_path_join(top, n)):
            dirs.append(n)
        else:
            files.append(n)
    if topdown:
        yield top, dirs, files
    for d in dirs:
        yield from walk(_path_join(top, d), topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, files


def _path_join(a, *p):
    path = a
    for b in p:
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def _path_split(p):
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def _path_basename(p):
    return p[p.rfind("/") + 1:]


def _path_dirname(p):
    return _path_split(p)[0]


def _path_splitext(p):
    sep_index = p.rfind("/")
    dot_index = p.rfind(".")
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != ".":
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, ""


def _path_isabs(p):
    return p.startswith("/")


def _path_normpath(path):
    if not path:
        return "."
    initial_slashes = 1 if path.startswith("/") else 0
    if initial_slashes and path.startswith("//") and not path.startswith("///"):
        initial_slashes = 2
    new_comps = []
    for comp in path.split("/"):
        if comp in ("", "."):
            continue
        if comp != ".." or (not initial_slashes and not new_comps) or (
            new_comps and new_comps[-1] == ".."
        ):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = "/" * initial_slashes + "/".join(new_comps)
    return path or "."


def _path_abspath(path):
    if not _path_isabs(path):
        path = _path_join(getcwd(), path)
    return _path_normpath(path)


def _path_expanduser(path):
    if not path.startswith("~"):
        return path
    i = path.find("/", 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    home = environ.get("HOME", "")
    home = home.rstrip("/")
    return (home + path[i:]) or "/"


def _path_exists(path):
    return __natrix_os_stat__(path, 0) == 1


def _path_isfile(path):
    return __natrix_os_stat__(path, 1) == 1


def _path_isdir(path):
    return __natrix_os_stat__(path, 2) == 1


def _path_getsize(path):
    return __natrix_os_stat__(path, 3)


def _path_relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    base = "." if start is None else start
    start_parts = [x for x in _path_abspath(base).split("/") if x]
    path_parts = [x for x in _path_abspath(path).split("/") if x]
    common = len(_path_commonprefix([start_parts, path_parts]))
    rel = [".."] * (len(start_parts) - common) + path_parts[common:]
    if not rel:
        return "."
    return "/".join(rel)


def _path_commonprefix(paths):
    """The longest common prefix of strs (or of lists: `relpath`'s path components)."""
    if not paths:
        return ""
    lo = min(paths)
    hi = max(paths)
    for i in range(len(lo)):
        if lo[i] != hi[i]:
            return lo[:i]
    return lo


class _Path:
    """`os.path`: CPython's `posixpath` functions."""

    sep = "/"

    def join(self, a, *p):
        return _path_join(a, *p)

    def split(self, p):
        return _path_split(p)

    def basename(self, p):
        return _path_basename(p)

    def dirname(self, p):
        return _path_dirname(p)

    def splitext(self, p):
        return _path_splitext(p)

    def isabs(self, p):
        return _path_isabs(p)

    def normpath(self, p):
        return _path_normpath(p)

    def abspath(self, p):
        return _path_abspath(p)

    def expanduser(self, p):
        return _path_expanduser(p)

    def exists(self, p):
        return _path_exists(p)

    def isfile(self, p):
        return _path_isfile(p)

    def isdir(self, p):
        return _path_isdir(p)

    def getsize(self, p):
        return _path_getsize(p)

    def relpath(self, p, start=None):
        return _path_relpath(p, start)

    def commonprefix(self, paths):
        return _path_commonprefix(paths)


path = _Path()
