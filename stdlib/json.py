"""`json`: `dumps`/`dump` and `loads`/`load`, with CPython's output and its error messages.

Decoding builds dicts, lists, strs, ints, floats, bools and None, so what `loads` returns is a
value of run-time type; encoding dispatches on the type of each value (decided when compiling
where the type is known). Both follow CPython's C scanner and encoder: the same separators and
indentation, `ensure_ascii` escapes, `NaN`/`Infinity`, key conversion, and a `JSONDecodeError`
(printed as CPython's `json.decoder.JSONDecodeError`) at the same position for the same
malformed document."""


class JSONDecodeError(ValueError):
    """A malformed document: `msg`, the document `doc`, and where (`pos`, `lineno`,
    `colno`)."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        super().__init__("%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


# ---- decoding ----

_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def _skip_ws(s, i):
    n = len(s)
    while i < n:
        c = s[i]
        if c != " " and c != "\t" and c != "\n" and c != "\r":
            break
        i += 1
    return i


def _is_digit(c):
    return "0" <= c <= "9"


def _hex4(s, i):
    """The value of the four hex digits at `s[i:i + 4]`, or -1 (also when nothing follows
    them: the string is unterminated, and CPython reports the escape)."""
    if i + 4 >= len(s):
        return -1
    v = 0
    for k in range(i, i + 4):
        c = s[k]
        if "0" <= c <= "9":
            d = ord(c) - 48
        elif "a" <= c <= "f":
            d = ord(c) - 87
        elif "A" <= c <= "F":
            d = ord(c) - 55
        else:
            return -1
        v = v * 16 + d
    return v


def _string(s, i):
    """The str whose opening quote is at `i - 1`, and the index after its closing quote."""
    begin = i - 1
    n = len(s)
    chunks = []
    while True:
        j = i
        while j < n:
            c = s[j]
            if c == '"' or c == "\\" or c < " ":
                break
            j += 1
        if j >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if j > i:
            chunks.append(s[i:j])
        c = s[j]
        if c == '"':
            return "".join(chunks), j + 1
        if c != "\\":
            raise JSONDecodeError("Invalid control character at", s, j)
        if j + 1 >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        e = s[j + 1]
        if e != "u":
            if e not in _ESCAPES:
                raise JSONDecodeError("Invalid \\escape", s, j)
            chunks.append(_ESCAPES[e])
            i = j + 2
            continue
        code = _hex4(s, j + 2)
        if code < 0:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, j + 1)
        i = j + 6
        if 0xD800 <= code <= 0xDBFF and s.startswith("\\u", i):
            low = _hex4(s, i + 2)
            if low < 0:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, i + 1)
            if 0xDC00 <= low <= 0xDFFF:
                code = 0x10000 + (((code - 0xD800) << 10) | (low - 0xDC00))
                i += 6
        chunks.append(chr(code))


def _number_end(s, i):
    """Where the number at `i` ends, and whether it is a float; (-1, False) when none
    starts there."""
    n = len(s)
    j = i
    if j < n and s[j] == "-":
        j += 1
    if j < n and s[j] == "0":
        j += 1
    elif j < n and "1" <= s[j] <= "9":
        j += 1
        while j < n and _is_digit(s[j]):
            j += 1
    else:
        return -1, False
    is_float = False
    if j + 1 < n and s[j] == "." and _is_digit(s[j + 1]):
        j += 2
        while j < n and _is_digit(s[j]):
            j += 1
        is_float = True
    if j < n and (s[j] == "e" or s[j] == "E"):
        k = j + 1
        if k < n and (s[k] == "+" or s[k] == "-"):
            k += 1
        if k < n and _is_digit(s[k]):
            while k < n and _is_digit(s[k]):
                k += 1
            j = k
            is_float = True
    return j, is_float


def _value(s, i, hooks):
    """The value that starts at `i`, and the index after it. `hooks`: `loads`'s
    `object_hook`, `object_pairs_hook`, `parse_float`, `parse_int` and `parse_constant`."""
    object_hook, pairs_hook, parse_float, parse_int, parse_constant = hooks
    if i >= len(s):
        raise JSONDecodeError("Expecting value", s, i)
    c = s[i]
    if c == '"':
        return _string(s, i + 1)
    if c == "{":
        return _object(s, i + 1, hooks)
    if c == "[":
        return _array(s, i + 1, hooks)
    if c == "n" and s.startswith("null", i):
        return None, i + 4
    if c == "t" and s.startswith("true", i):
        return True, i + 4
    if c == "f" and s.startswith("false", i):
        return False, i + 5
    if c == "-" or _is_digit(c):
        end, is_float = _number_end(s, i)
        if end >= 0:
            if is_float:
                if parse_float is not None:
                    return parse_float(s[i:end]), end
                return float(s[i:end]), end
            if parse_int is not None:
                return parse_int(s[i:end]), end
            return int(s[i:end]), end
    for name in ("NaN", "Infinity", "-Infinity"):
        if s.startswith(name, i):
            if parse_constant is not None:
                return parse_constant(name), i + len(name)
            return float(name), i + len(name)
    raise JSONDecodeError("Expecting value", s, i)


def _object(s, i, hooks):
    """The object whose `{` is at `i - 1`, and the index after its `}`."""
    object_hook, pairs_hook, parse_float, parse_int, parse_constant = hooks
    pairs, i = _pairs(s, i, hooks)
    if pairs_hook is not None:
        return pairs_hook(pairs), i
    d = {}
    for key, value in pairs:
        d[key] = value
    if object_hook is not None:
        return object_hook(d), i
    return d, i


def _pairs(s, i, hooks):
    """The (key, value) pairs of the object whose `{` is at `i - 1`, in order (a later
    one of the same key wins in a dict), and the index after its `}`."""
    pairs = []
    i = _skip_ws(s, i)
    if i < len(s) and s[i] == "}":
        return pairs, i + 1
    while True:
        if i >= len(s) or s[i] != '"':
            raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
        key, i = _string(s, i + 1)
        i = _skip_ws(s, i)
        if i >= len(s) or s[i] != ":":
            raise JSONDecodeError("Expecting ':' delimiter", s, i)
        i = _skip_ws(s, i + 1)
        value, i = _value(s, i, hooks)
        pairs.append((key, value))
        i = _skip_ws(s, i)
        if i < len(s) and s[i] == "}":
            return pairs, i + 1
        if i >= len(s) or s[i] != ",":
            raise JSONDecodeError("Expecting ',' delimiter", s, i)
        i = _skip_ws(s, i + 1)


def _array(s, i, hooks):
    """The array whose `[` is at `i - 1`, and the index after its `]`."""
    items = []
    i = _skip_ws(s, i)
    if i < len(s) and s[i] == "]":
        return items, i + 1
    while True:
        value, i = _value(s, i, hooks)
        items.append(value)
        i = _skip_ws(s, i)
        if i < len(s) and s[i] == "]":
            return items, i + 1
        if i >= len(s) or s[i] != ",":
            raise JSONDecodeError("Expecting ',' delimiter", s, i)
        i = _skip_ws(s, i + 1)


def _loads_str(s, hooks):
    if s.startswith("\ufeff"):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    value, end = _value(s, _skip_ws(s, 0), hooks)
    end = _skip_ws(s, end)
    if end != len(s):
        raise JSONDecodeError("Extra data", s, end)
    return value


def loads(
    s,
    *,
    object_hook=None,
    parse_float=None,
    parse_int=None,
    parse_constant=None,
    object_pairs_hook=None,
):
    """The value the JSON document `s` (a str, or UTF-8 bytes) describes: each object
    passed to `object_hook` (or its pairs to `object_pairs_hook`), each number's text to
    `parse_float` / `parse_int`, `NaN` and the infinities to `parse_constant`, when given."""
    hooks = (object_hook, object_pairs_hook, parse_float, parse_int, parse_constant)
    if isinstance(s, str):
        # (`str()` of a str that is a value of run-time type: a str to the parser.)
        return _loads_str(str(s), hooks)
    if isinstance(s, bytes):
        raw = bytes(s)
        text = raw.decode("utf-8-sig" if raw.startswith(b"\xef\xbb\xbf") else "utf-8")
        return _loads_str(text, hooks)
    raise TypeError(
        f"the JSON object must be str, bytes or bytearray, not {type(s).__name__}"
    )


def load(
    fp,
    *,
    object_hook=None,
    parse_float=None,
    parse_int=None,
    parse_constant=None,
    object_pairs_hook=None,
):
    """The value of the JSON document read from the file `fp` (the hooks as `loads`)."""
    return loads(
        fp.read(),
        object_hook=object_hook,
        parse_float=parse_float,
        parse_int=parse_int,
        parse_constant=parse_constant,
        object_pairs_hook=object_pairs_hook,
    )


# ---- encoding ----


def _escape(s, ensure_ascii):
    """`s` as a JSON string, quotes included."""
    out = ['"']
    start = 0
    i = 0
    for c in s:
        if c < " " or c == '"' or c == "\\" or (ensure_ascii and c > "~"):
            if start < i:
                out.append(s[start:i])
            if c == '"':
                out.append('\\"')
            elif c == "\\":
                out.append("\\\\")
            elif c == "\n":
                out.append("\\n")
            elif c == "\r":
                out.append("\\r")
            elif c == "\t":
                out.append("\\t")
            elif c == "\b":
                out.append("\\b")
            elif c == "\f":
                out.append("\\f")
            else:
                n = ord(c)
                if n < 0x10000:
                    out.append(f"\\u{n:04x}")
                else:
                    n -= 0x10000
                    out.append(f"\\u{0xD800 | (n >> 10):04x}\\u{0xDC00 | (n & 0x3FF):04x}")
            start = i + 1
        i += 1
    if start < len(s):
        out.append(s[start:])
    out.append('"')
    return "".join(out)


class _Options:
    """The options of one `dumps` call."""

    def __init__(self, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators, sort_keys):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indented = indent is not None
        self.indent = ""
        if isinstance(indent, int):
            self.indent = " " * indent
        elif isinstance(indent, str):
            self.indent = indent
        if separators is not None:
            self.item_sep = separators[0]
            self.key_sep = separators[1]
        elif indent is not None:
            self.item_sep = ","
            self.key_sep = ": "
        else:
            self.item_sep = ", "
            self.key_sep = ": "
        self.markers = set()


def _float(o, opts):
    if o != o:
        text = "NaN"
    elif o == float("inf"):
        text = "Infinity"
    elif o == float("-inf"):
        text = "-Infinity"
    else:
        return repr(o)
    if not opts.allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


def _enter(o, opts):
    """Marks container `o` as being encoded (CPython's circular reference check)."""
    if opts.check_circular:
        key = id(o)
        if key in opts.markers:
            raise ValueError("Circular reference detected")
        opts.markers.add(key)


def _leave(o, opts):
    if opts.check_circular:
        opts.markers.discard(id(o))


def _open(o, bracket, opts, level, out):
    """Starts a non-empty array or object at nesting `level`: the separator between its
    items."""
    _enter(o, opts)
    out.append(bracket)
    if not opts.indented:
        return opts.item_sep
    newline = "\n" + opts.indent * (level + 1)
    out.append(newline)
    return opts.item_sep + newline


def _close(o, bracket, opts, level, out):
    if opts.indented:
        out.append("\n" + opts.indent * level)
    out.append(bracket)
    _leave(o, opts)


def _encode(o, opts, default, level, out):
    """Appends the encoding of `o` to `out`."""
    if isinstance(o, str):
        out.append(_escape(o, opts.ensure_ascii))
    elif o is None:
        out.append("null")
    elif isinstance(o, bool):
        out.append("true" if o else "false")
    elif isinstance(o, int):
        out.append(str(o))
    elif isinstance(o, float):
        out.append(_float(o, opts))
    elif isinstance(o, (list, tuple)):
        if not o:
            out.append("[]")
            return
        sep = _open(o, "[", opts, level, out)
        first = True
        for item in o:
            if not first:
                out.append(sep)
            first = False
            _encode(item, opts, default, level + 1, out)
        _close(o, "]", opts, level, out)
    elif isinstance(o, dict):
        if not o:
            out.append("{}")
            return
        sep = _open(o, "{", opts, level, out)
        items = list(o.items())
        if opts.sort_keys:
            items.sort(key=lambda kv: kv[0])
        first = True
        for k, v in items:
            if isinstance(k, str):
                key = k
            elif isinstance(k, float):
                key = _float(k, opts)
            elif k is True:
                key = "true"
            elif k is False:
                key = "false"
            elif k is None:
                key = "null"
            elif isinstance(k, int):
                key = str(k)
            elif opts.skipkeys:
                continue
            else:
                raise TypeError(
                    f"keys must be str, int, float, bool or None, not {type(k).__name__}"
                )
            if not first:
                out.append(sep)
            first = False
            out.append(_escape(key, opts.ensure_ascii))
            out.append(opts.key_sep)
            _encode(v, opts, default, level + 1, out)
        _close(o, "}", opts, level, out)
    elif default is None:
        raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")
    else:
        _enter(o, opts)
        _encode(default(o), opts, default, level, out)
        _leave(o, opts)


def dumps(
    obj,
    *,
    skipkeys=False,
    ensure_ascii=True,
    check_circular=True,
    allow_nan=True,
    indent=None,
    separators=None,
    default=None,
    sort_keys=False,
):
    """`obj` as a JSON document."""
    opts = _Options(skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators, sort_keys)
    out = []
    _encode(obj, opts, default, 0, out)
    return "".join(out)


def dump(
    obj,
    fp,
    *,
    skipkeys=False,
    ensure_ascii=True,
    check_circular=True,
    allow_nan=True,
    indent=None,
    separators=None,
    default=None,
    sort_keys=False,
):
    """Writes `obj` as a JSON document to the file `fp`."""
    fp.write(
        dumps(
            obj,
            skipkeys=skipkeys,
            ensure_ascii=ensure_ascii,
            check_circular=check_circular,
            allow_nan=allow_nan,
            indent=indent,
            separators=separators,
            default=default,
            sort_keys=sort_keys,
        )
    )
