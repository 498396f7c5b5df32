"""traceback: the text of an exception as CPython prints it when nothing catches it
(`format_exc`, `print_exc`, `format_exception`, `print_exception`) and its last line alone
(`format_exception_only`), from the runtime's rendering (`runtime/src/traceback.rs`). A
frame shows its file, line and function, not its source line; `limit` is not applied."""

import sys


def format_exc(limit=None, chain=True):
    e = __natrix_handled_exception__()
    if e is None:
        return "NoneType: None\n"
    return __natrix_format_exception__(e, 0)


def print_exc(limit=None, file=None, chain=True):
    text = format_exc(limit, chain)
    if file is None:
        sys.stderr.write(text)
    else:
        file.write(text)


def format_exception_only(exc, value=None):
    if value is None:
        return [__natrix_format_exception__(exc, 1)]
    return [__natrix_format_exception__(value, 1)]


def format_exception(exc, value=None, tb=None, limit=None, chain=True):
    if value is None:
        return __natrix_format_exception__(exc, 0).splitlines(True)
    return __natrix_format_exception__(value, 0).splitlines(True)


def print_exception(exc, value=None, tb=None, limit=None, file=None, chain=True):
    text = "".join(format_exception(exc, value, tb, limit, chain))
    if file is None:
        sys.stderr.write(text)
    else:
        file.write(text)
