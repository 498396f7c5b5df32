"""`csv`: `reader`, `writer`, `DictReader`, `DictWriter` with CPython's dialect options and
its parsing of quotes, escapes and fields spanning lines.

The reader is CPython's state machine, written from its documented behaviour: a field may be
quoted (a doubled quote inside stands for one), an escape character makes the next one
literal, a quoted field may hold the line terminator. Dialects are the keyword options
(`delimiter`, `quotechar`, `escapechar`, `doublequote`, `skipinitialspace`,
`lineterminator`, `quoting`, `strict`) or the names `"excel"`, `"excel-tab"` and `"unix"`."""

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3


class Error(Exception):
    pass


class Dialect:
    """The options of a reader or writer."""

    def __init__(self, delimiter, quotechar, escapechar, doublequote, skipinitialspace,
                 lineterminator, quoting, strict):
        if not isinstance(delimiter, str) or len(delimiter) != 1:
            raise TypeError('"delimiter" must be a 1-character string')
        if quoting < 0 or quoting > 3:
            raise TypeError("bad \"quoting\" value")
        if quotechar is not None and len(quotechar) != 1:
            raise TypeError('"quotechar" must be a 1-character string')
        if quotechar is None and quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        if escapechar is not None and len(escapechar) != 1:
            raise TypeError('"escapechar" must be a 1-character string')
        self.delimiter = delimiter
        self.quotechar = quotechar
        self.escapechar = escapechar
        self.doublequote = doublequote
        self.skipinitialspace = skipinitialspace
        self.lineterminator = lineterminator
        self.quoting = quoting
        self.strict = strict


def _dialect(dialect, delimiter, quotechar, escapechar, doublequote, skipinitialspace,
             lineterminator, quoting, strict):
    """The dialect a reader or writer uses: a named one's options, with the given ones
    (not None) replacing them."""
    d_delimiter = ","
    d_lineterminator = "\r\n"
    d_quoting = QUOTE_MINIMAL
    if dialect == "excel-tab":
        d_delimiter = "\t"
    elif dialect == "unix":
        d_lineterminator = "\n"
        d_quoting = QUOTE_ALL
    elif dialect != "excel":
        raise Error("unknown dialect")
    return Dialect(
        d_delimiter if delimiter is None else delimiter,
        '"' if quotechar == "" else quotechar,
        escapechar,
        True if doublequote is None else doublequote,
        False if skipinitialspace is None else skipinitialspace,
        d_lineterminator if lineterminator is None else lineterminator,
        d_quoting if quoting is None else quoting,
        False if strict is None else strict,
    )


# Reader states.
_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7
_AFTER_ESCAPED_CRNL = 8


class _Reader:
    """Rows of fields from an iterable of lines."""

    def __init__(self, lines, dialect):
        self._lines = iter(lines)
        self.dialect = dialect
        self.line_num = 0
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._quoted = False

    def __iter__(self):
        return self

    def _save_field(self):
        text = "".join(self._field)
        self._field = []
        self._fields.append(text)
        self._quoted = False

    def _add_char(self, c):
        self._field.append(c)

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._quoted = False
        while True:
            line = next(self._lines, None)
            if line is None:
                if len(self._field) != 0 or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                if self._state != _START_RECORD and self._state != _EAT_CRNL:
                    self._save_field()
                    break
                raise StopIteration
            self.line_num += 1
            for c in line:
                if c == "\0":
                    raise Error("line contains NUL")
                self._process(c)
            self._process("")
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields

    def _process(self, c):
        """One character of the input ("" at the end of a line)."""
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c == "":
                return
            if c == "\n" or c == "\r":
                self._state = _EAT_CRNL
                return
            self._state = _START_FIELD
            state = _START_FIELD
        if state == _START_FIELD:
            if c == "\n" or c == "\r" or c == "":
                self._save_field()
                self._state = _START_RECORD if c == "" else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._quoted = True
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == " " and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            if c == "":
                c = "\n"
            self._add_char(c)
            self._state = _IN_FIELD
        elif state == _AFTER_ESCAPED_CRNL:
            if c == "":
                return
            self._state = _IN_FIELD
            self._process(c)
        elif state == _IN_FIELD:
            if c == "\n" or c == "\r" or c == "":
                self._save_field()
                self._state = _START_RECORD if c == "" else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)
        elif state == _IN_QUOTED_FIELD:
            if c == "":
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                if d.doublequote:
                    self._state = _QUOTE_IN_QUOTED_FIELD
                else:
                    self._state = _IN_FIELD
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            if c == "":
                c = "\n"
            self._add_char(c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c == "\n" or c == "\r" or c == "":
                self._save_field()
                self._state = _START_RECORD if c == "" else _EAT_CRNL
            elif not d.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error(f"'{d.delimiter}' expected after '{d.quotechar}'")
        else:
            # _EAT_CRNL
            if c == "\n" or c == "\r":
                pass
            elif c == "":
                self._state = _START_RECORD
            else:
                raise Error(
                    "new-line character seen in unquoted field - "
                    "do you need to open the file in universal-newline mode?"
                )


def reader(csvfile, dialect="excel", *, delimiter=None, quotechar="", escapechar=None,
           doublequote=None, skipinitialspace=None, lineterminator=None, quoting=None,
           strict=None):
    """The rows (lists of strs) of the lines `csvfile` gives (a file or any iterable)."""
    if quoting == QUOTE_NONNUMERIC:
        raise NotImplementedError(
            "csv.reader with QUOTE_NONNUMERIC (fields of two types) is not supported by natrix"
        )
    return _Reader(csvfile, _dialect(dialect, delimiter, quotechar, escapechar, doublequote,
                                     skipinitialspace, lineterminator, quoting, strict))


class _Writer:
    """Writes rows to a file-like object with `write`."""

    def __init__(self, f, dialect):
        self._f = f
        self.dialect = dialect

    def _field(self, value, only):
        """One field as the dialect writes it."""
        d = self.dialect
        if value is None:
            text = ""
        else:
            text = str(value)
        quote = d.quoting == QUOTE_ALL
        if d.quoting == QUOTE_NONNUMERIC:
            quote = not isinstance(value, (int, float))
        if only and text == "" and not quote:
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            quote = True
        out = []
        for c in text:
            special = (
                c == d.delimiter
                or c == d.escapechar
                or c == d.quotechar
                or (d.lineterminator != "" and c in d.lineterminator)
            )
            if not special:
                out.append(c)
                continue
            escape = False
            if d.quoting == QUOTE_NONE:
                escape = True
            else:
                if c == d.quotechar:
                    if d.doublequote:
                        out.append(c)
                    else:
                        escape = True
                elif c == d.escapechar:
                    escape = True
                if not escape:
                    quote = True
            if escape:
                if d.escapechar is None:
                    raise Error("need to escape, but no escapechar set")
                out.append(d.escapechar)
            out.append(c)
        body = "".join(out)
        if quote:
            return d.quotechar + body + d.quotechar
        return body

    def writerow(self, row):
        if row is None or isinstance(row, (int, float, bool)):
            raise Error(f"iterable expected, not {type(row).__name__}")
        fields = list(row)
        parts = [self._field(v, len(fields) == 1) for v in fields]
        line = self.dialect.delimiter.join(parts) + self.dialect.lineterminator
        return self._f.write(line)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect="excel", *, delimiter=None, quotechar="", escapechar=None,
           doublequote=None, skipinitialspace=None, lineterminator=None, quoting=None,
           strict=None):
    """A writer of rows to `csvfile` (an object with `write`)."""
    return _Writer(csvfile, _dialect(dialect, delimiter, quotechar, escapechar, doublequote,
                                     skipinitialspace, lineterminator, quoting, strict))


class DictReader:
    """Rows as dicts keyed by the first row (or `fieldnames`); the values of extra fields
    in a list under `restkey`, missing ones `restval`."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *,
                 delimiter=None, quotechar="", escapechar=None, doublequote=None,
                 skipinitialspace=None, lineterminator=None, quoting=None, strict=None):
        self.reader = reader(f, dialect, delimiter=delimiter, quotechar=quotechar,
                             escapechar=escapechar, doublequote=doublequote,
                             skipinitialspace=skipinitialspace, lineterminator=lineterminator,
                             quoting=quoting, strict=strict)
        self._fieldnames = fieldnames
        self._read_names = fieldnames is not None
        self.restkey = restkey
        self.restval = restval
        self.line_num = 0

    @property
    def fieldnames(self):
        if not self._read_names:
            self._read_names = True
            first = next(self.reader, None)
            if first is not None:
                self._fieldnames = first
            self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._read_names = True
        self._fieldnames = value

    def __iter__(self):
        return self

    def __next__(self):
        names = self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
            self.line_num = self.reader.line_num
        d = dict(zip(names, row))
        lf = len(names)
        lr = len(row)
        if lf < lr:
            # (A new list: the row's own list type stays one of strs, a value of run-time
            # type only here.)
            d[self.restkey] = [field for field in row[lf:]]
        elif lf > lr:
            for key in names[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Writes dicts as rows in the order of `fieldnames`."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *,
                 delimiter=None, quotechar="", escapechar=None, doublequote=None,
                 skipinitialspace=None, lineterminator=None, quoting=None, strict=None):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError(
                f"extrasaction ({extrasaction}) must be 'raise' or 'ignore'"
            )
        self.extrasaction = extrasaction.lower()
        self.writer = writer(f, dialect, delimiter=delimiter, quotechar=quotechar,
                             escapechar=escapechar, doublequote=doublequote,
                             skipinitialspace=skipinitialspace, lineterminator=lineterminator,
                             quoting=quoting, strict=strict)

    def writeheader(self):
        return self.writer.writerow(self.fieldnames)

    def _row(self, rowdict):
        if self.extrasaction == "raise":
            wrong = [k for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError(
                    "dict contains fields not in fieldnames: " + ", ".join([repr(x) for x in wrong])
                )
        return [rowdict.get(key, self.restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._row(rowdict))

    def writerows(self, rowdicts):
        for d in rowdicts:
            self.writerow(d)
