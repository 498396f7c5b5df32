"""OSError made with an errno, as code that reports file problems builds it: CPython picks the
subclass from the errno (ENOENT: FileNotFoundError, EACCES: PermissionError, …) and shows
`[Errno n] message: 'filename'`."""
import errno


def open_config(path, present, readable):
    if not present:
        raise OSError(errno.ENOENT, "No such file or directory", path)
    if not readable:
        raise OSError(errno.EACCES, "Permission denied", path)
    return f"contents of {path}"


for present, readable in [(True, True), (False, True), (True, False)]:
    try:
        print(open_config("app.ini", present, readable))
    except FileNotFoundError as e:
        print("missing:", e, e.args)
    except PermissionError as e:
        print("denied:", e)

for code in [2, 13, 17, 21, 110, 5]:
    e = OSError(code, "message")
    print(type(e).__name__, str(e), isinstance(e, OSError))

print(str(OSError("a", "b")), str(OSError(1)), str(OSError()), str(FileNotFoundError(2, "gone", "x.txt")))
print(repr(OSError(2, "gone")), str(OSError(2, "gone", None)), str(OSError(2, "x", "a", None, "b")))
raise OSError(errno.ENOENT, "No such file or directory", "data.csv")
