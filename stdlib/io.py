"""io: `StringIO`, an in-memory text file, `BytesIO`, an in-memory binary one, and
`UnsupportedOperation`, which a file raises
for a read it is not open for (or a write): an OSError (CPython's is a ValueError too)."""


class UnsupportedOperation(OSError):
    pass


class _MemoryFile:
    """What `StringIO` and `BytesIO` share: lines as an iterator, the position, closing."""

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check()
        return self._pos

    def readable(self):
        return True

    def writable(self):
        return True

    def close(self):
        self.closed = True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, typ, value, traceback):
        self.close()
        return False


def _line_end(text, start, newline):
    """Where the line starting at `start` ends (after its terminator), for a StringIO's
    `newline`: "" ends lines at "\r", "\n" or "\r\n", the others at themselves (None:
    at "\n", the only one left after translation)."""
    if newline == "":
        for i in range(start, len(text)):
            c = text[i]
            if c == "\n":
                return i + 1
            if c == "\r":
                return i + 2 if i + 1 < len(text) and text[i + 1] == "\n" else i + 1
        return len(text)
    term = "\n" if newline is None else newline
    nl = text.find(term, start)
    return len(text) if nl < 0 else nl + len(term)


class StringIO(_MemoryFile):
    """Text kept in memory: written at the position (appended, as it mostly is), read from
    it, `getvalue()` all of it."""

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and newline not in ("", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        self._newline = newline
        self._chunks = [""]
        self._size = 0
        self._pos = 0
        self.closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _text(self):
        if len(self._chunks) > 1:
            self._chunks = ["".join(self._chunks)]
        return self._chunks[0]

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def write(self, s):
        self._check()
        # Newlines as `newline` says: None makes every line end "\n", "\r" or "\r\n"
        # replaces each "\n"; "" and "\n" keep the text.
        nl = self._newline
        if nl is None:
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif nl == "\r" or nl == "\r\n":
            s = s.replace("\n", nl)
        if self._pos == self._size:
            self._chunks.append(s)
        else:
            text = self._text()
            if self._pos > self._size:
                text = text + "\0" * (self._pos - self._size)
            text = text[: self._pos] + s + text[self._pos + len(s):]
            self._chunks = [text]
        self._pos += len(s)
        self._size = max(self._size, self._pos)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def getvalue(self):
        self._check()
        return self._text()

    def read(self, size=-1):
        self._check()
        text = self._text()
        start = min(self._pos, self._size)
        end = self._size if size is None or size < 0 else min(start + size, self._size)
        self._pos = max(self._pos, end)
        return text[start:end]

    def readline(self, size=-1):
        self._check()
        text = self._text()
        start = min(self._pos, self._size)
        end = _line_end(text, start, self._newline)
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return text[start:end]

    def readlines(self):
        lines = []
        while True:
            line = self.readline()
            if line == "":
                return lines
            lines.append(line)

    def seek(self, pos, whence=0):
        self._check()
        if whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            return self._pos
        if whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._size
            return self._pos
        if pos < 0:
            raise ValueError("Negative seek position " + str(pos))
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value " + str(size))
        if size < self._size:
            self._chunks = [self._text()[:size]]
            self._size = size
        return size

    def flush(self):
        self._check()


class BytesIO(_MemoryFile):
    """Bytes kept in memory: written at the position, read from it, `getvalue()` all."""

    def __init__(self, initial_bytes=b""):
        self._data = initial_bytes
        self._pos = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def write(self, b):
        self._check()
        data = self._data
        if self._pos > len(data):
            data = data + bytes(self._pos - len(data))
        self._data = data[: self._pos] + b + data[self._pos + len(b):]
        self._pos += len(b)
        return len(b)

    def getvalue(self):
        self._check()
        return self._data

    def read(self, size=-1):
        self._check()
        start = min(self._pos, len(self._data))
        end = len(self._data) if size is None or size < 0 else min(start + size, len(self._data))
        self._pos = max(self._pos, end)
        return self._data[start:end]

    def readline(self, size=-1):
        self._check()
        start = min(self._pos, len(self._data))
        nl = self._data.find(b"\n", start)
        end = len(self._data) if nl < 0 else nl + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return self._data[start:end]

    def seek(self, pos, whence=0):
        self._check()
        if whence == 1:
            pos += self._pos
        elif whence == 2:
            pos += len(self._data)
        if pos < 0:
            raise ValueError("negative seek value " + str(pos))
        self._pos = pos
        return pos
