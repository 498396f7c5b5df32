# The builtins natrix writes in Python. The linker calls this module's classes where the
# program calls the builtin of the same name (`object()` becomes `builtins.object()`), and the
# class objects show the builtin's name (`<object object at 0x…>`).

import io
import sys


class object:
    """What `object()` makes: an instance with nothing but its identity, the usual sentinel
    (`_MISSING = object()` … `if value is _MISSING:`)."""


def _dict_of_mapping(mapping):
    """`dict(m)` of an instance with `keys()` and `__getitem__` (a `Counter`, an
    `OrderedDict`): its items, taken as CPython's `dict()` takes a mapping's."""
    d = {}
    for key in mapping.keys():
        d[key] = mapping[key]
    return d


def _iter_call(function, sentinel):
    """`iter(function, sentinel)`: `function()`'s values until one equals `sentinel` (or it
    raises StopIteration, which ends them too)."""
    while True:
        try:
            value = function()
        except StopIteration:
            return
        if value == sentinel:
            return
        yield value


class slice:
    """`slice(start, stop, step)`: what `obj[a:b:c]` passes to a class's `__getitem__`,
    `__setitem__` and `__delitem__`, and what indexes a sequence as `xs[s]`. The linker
    passes all three parts (`slice(5)` is `slice(None, 5, None)`)."""

    def __init__(self, start, stop, step):
        self.start = start
        self.stop = stop
        self.step = step

    def indices(self, length):
        """The (start, stop, step) this slice selects of a sequence of `length` items, each
        bound clamped as slicing clamps it."""
        step = _slice_step(self.step)
        if length < 0:
            raise ValueError("length should not be negative")
        lower, upper = (-1, length - 1) if step < 0 else (0, length)
        start = _slice_bound(self.start, length, lower, upper, upper if step < 0 else lower)
        stop = _slice_bound(self.stop, length, lower, upper, lower if step < 0 else upper)
        return start, stop, step

    def __repr__(self):
        return f"slice({self.start!r}, {self.stop!r}, {self.step!r})"

    def __eq__(self, other):
        if not isinstance(other, slice):
            return False
        return (self.start, self.stop, self.step) == (other.start, other.stop, other.step)


def _slice_step(step):
    """A slice's step as `indices()` takes it: 1 when absent, never 0."""
    if step is None:
        return 1
    if step == 0:
        raise ValueError("slice step cannot be zero")
    return step


def _slice_bound(value, length, lower, upper, default):
    """A slice bound as `indices()` clamps it into `lower..=upper` (`default` when absent)."""
    if value is None:
        return default
    if value < 0:
        return max(value + length, lower)
    return min(value, upper)


def _open_text(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
    """`open()` in text mode (the linker calls this one unless the mode is a literal with
    `b`)."""
    return _TextFile(file, mode, encoding, errors, newline)


def _open_binary(file, mode="rb", buffering=-1, encoding=None, errors=None, newline=None):
    """`open()` with a literal binary mode (`"rb"`, `"wb"`, …)."""
    if encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    return _BinaryFile(file, mode)


def _file_mode(mode, binary):
    """CPython's ValueError for a bad mode; the mode's letters are checked once."""
    kinds = 0
    for c in mode:
        if c not in "rwaxb+t" or mode.count(c) > 1:
            raise ValueError("invalid mode: '" + mode + "'")
        if c in "rwax":
            kinds += 1
    if kinds != 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if "b" in mode and "t" in mode:
        raise ValueError("can't have text and binary mode at once")
    if ("b" in mode) != binary:
        raise NotImplementedError("natrix: open() in binary mode needs the mode written out")


class _File:
    """What `_TextFile` and `_BinaryFile` share: the handle of the runtime's file
    (`runtime/src/files.rs`), what may be done with it, closing."""

    def _ready(self, reading):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if reading and not self._readable:
            raise io.UnsupportedOperation("not readable")
        if not reading and not self._writable:
            raise io.UnsupportedOperation("not writable")

    def __iter__(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        return self._readable

    def seekable(self):
        return not self._writable

    def _seeking(self):
        """Seeking and telling, of a file opened for reading only (natrix writes files
        through a buffer that does not move)."""
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if self._writable:
            raise io.UnsupportedOperation("seek and tell of a file open for writing are not supported by natrix")

    def writable(self):
        return self._writable

    def flush(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        __natrix_file_flush__(self._handle)

    def close(self):
        if not self.closed:
            self.closed = True
            __natrix_file_close__(self._handle)

    def __enter__(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def __exit__(self, typ, value, traceback):
        self.close()
        return False


class _TextFile(_File):
    """A file opened in text mode: decoded whole at the first read, with universal newlines
    unless `newline` says otherwise, encoded as it is written."""

    def __init__(self, name, mode, encoding, errors, newline):
        _file_mode(mode, False)
        if newline is not None and newline not in ("", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: " + newline)
        self.name = name
        self.mode = mode
        self.encoding = "UTF-8" if encoding is None else encoding
        self.errors = "strict" if errors is None else errors
        self.newline = newline
        self.closed = False
        self._readable = "r" in mode or "+" in mode
        self._writable = "r" not in mode or "+" in mode
        self._handle = __natrix_file_open__(name, mode)
        self._text = ""
        self._pos = 0
        self._loaded = False

    def _load(self):
        if not self._loaded:
            self._loaded = True
            text = __natrix_file_read__(self._handle).decode(self.encoding, self.errors)
            if self.newline is None:
                text = text.replace("\r\n", "\n").replace("\r", "\n")
            self._text = text

    def read(self, size=-1):
        self._ready(True)
        self._load()
        start = self._pos
        end = len(self._text) if size is None or size < 0 else min(start + size, len(self._text))
        self._pos = end
        return self._text[start:end]

    def _line_end(self, start):
        """Where the line starting at `start` ends (after its ending): at a line feed once
        newlines are translated, at any line ending with `newline=""`, else at the `newline`
        given."""
        text = self._text
        newline = self.newline
        if newline is None or newline == "\n":
            nl = text.find("\n", start)
            return len(text) if nl < 0 else nl + 1
        if newline == "":
            i = start
            while i < len(text):
                c = text[i]
                if c == "\n":
                    return i + 1
                if c == "\r":
                    if i + 1 < len(text) and text[i + 1] == "\n":
                        return i + 2
                    return i + 1
                i += 1
            return len(text)
        nl = text.find(newline, start)
        return len(text) if nl < 0 else nl + len(newline)

    def readline(self, size=-1):
        self._ready(True)
        self._load()
        start = self._pos
        end = self._line_end(start)
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = end
        return self._text[start:end]

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if line == "":
                return lines
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                return lines

    def tell(self):
        """The position as CPython's cookie for a UTF-8 file: the bytes before it."""
        self._seeking()
        self._load()
        return len(self._text[: self._pos].encode(self.encoding, self.errors))

    def seek(self, offset, whence=0):
        self._seeking()
        self._load()
        if whence == 1 or whence == 2:
            if offset != 0:
                raise io.UnsupportedOperation("can't do nonzero cur-relative seeks" if whence == 1 else "can't do nonzero end-relative seeks")
            if whence == 2:
                self._pos = len(self._text)
            return self.tell()
        if whence != 0:
            raise ValueError("invalid whence (" + str(whence) + ", should be 0, 1 or 2)")
        if offset < 0:
            raise ValueError("negative seek position " + str(offset))
        data = self._text.encode(self.encoding, self.errors)
        self._pos = len(data[:offset].decode(self.encoding, "ignore"))
        return offset

    def write(self, s):
        self._ready(False)
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not " + type(s).__name__)
        text = str(s)
        newline = self.newline
        if newline is not None and newline != "" and newline != "\n":
            text = text.replace("\n", newline)
        __natrix_file_write__(self._handle, text.encode(self.encoding, self.errors))
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)


class _BinaryFile(_File):
    """A file opened in binary mode: bytes read whole, written as given."""

    def __init__(self, name, mode):
        _file_mode(mode, True)
        self.name = name
        self.mode = mode
        self.closed = False
        self._readable = "r" in mode or "+" in mode
        self._writable = "r" not in mode or "+" in mode
        self._handle = __natrix_file_open__(name, mode)
        self._data = b""
        self._pos = 0
        self._loaded = False

    def read(self, size=-1):
        self._ready(True)
        if not self._loaded:
            self._loaded = True
            self._data = __natrix_file_read__(self._handle)
        start = self._pos
        end = len(self._data) if size is None or size < 0 else min(start + size, len(self._data))
        self._pos = end
        return self._data[start:end]

    def tell(self):
        self._seeking()
        return self._pos

    def seek(self, offset, whence=0):
        self._seeking()
        self.read(0)
        if whence == 0:
            pos = offset
        elif whence == 1:
            pos = self._pos + offset
        elif whence == 2:
            pos = len(self._data) + offset
        else:
            raise ValueError("invalid whence (" + str(whence) + ", should be 0, 1 or 2)")
        if pos < 0:
            raise OSError(22, "Invalid argument")
        self._pos = pos
        return pos

    def readline(self, size=-1):
        self.read(0)
        start = self._pos
        nl = self._data.find(b"\n", start)
        end = len(self._data) if nl < 0 else nl + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = end
        return self._data[start:end]

    def readlines(self):
        lines = []
        while True:
            line = self.readline()
            if line == b"":
                return lines
            lines.append(line)

    def write(self, data):
        self._ready(False)
        __natrix_file_write__(self._handle, data)
        return len(data)


class _StdStream:
    """`sys.stdout` and `sys.stderr` as values (`out = sys.stderr`, a handler's stream, a
    default argument): writing goes where `print` writes, through the same buffers."""

    def __init__(self, name, fd):
        self.name = name
        self._fd = fd
        self.encoding = "utf-8"
        self.errors = "strict"
        self.mode = "w"
        self.closed = False

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        if self._fd == 1:
            return sys.stdout.write(text)
        return sys.stderr.write(text)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        if self._fd == 1:
            sys.stdout.flush()
        else:
            sys.stderr.flush()

    def fileno(self):
        return self._fd

    def isatty(self):
        return __natrix_isatty__(self._fd)

    def readable(self):
        return False

    def writable(self):
        return True

    def __repr__(self):
        return f"<_io.TextIOWrapper name='{self.name}' mode='w' encoding='utf-8'>"


_stdout = _StdStream("<stdout>", 1)
_stderr = _StdStream("<stderr>", 2)


def _zip_repeated(iterable, n):
    """`zip(*[it] * n)`: tuples of `n` items taken in turn from one iterator (the grouper
    idiom), until it runs out."""
    it = iter(iterable)
    if n <= 0:
        return
    while True:
        group = []
        for _ in range(n):
            try:
                group.append(next(it))
            except StopIteration:
                return
        yield tuple(group)


def _exc_info():
    """`sys.exc_info()`: the type, the exception and (here) None for its traceback, of the
    exception being handled; three Nones outside any `except` clause."""
    e = __natrix_handled_exception__()
    if e is None:
        return (None, None, None)
    return (type(e), e, None)


def _print_to(file, texts, sep, end, flush):
    """`print(*args, sep=…, end=…, file=f, flush=…)` to a file other than sys.stdout and
    sys.stderr: the str of each argument, joined, written with `f.write`."""
    if sep is None:
        sep = " "
    if end is None:
        end = "\n"
    # (`file=None` is sys.stdout.)
    if file is None:
        sys.stdout.write(sep.join(texts) + end)
        if flush:
            sys.stdout.flush()
        return
    file.write(sep.join(texts) + end)
    if flush:
        file.flush()
