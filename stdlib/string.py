"""The string module's constants, `capwords` and `Template` (`string.Formatter` is not
provided)."""

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """The words of `s` (split at `sep`, or at runs of whitespace) capitalized, joined by `sep`
    (or one space)."""
    if sep is None:
        return " ".join([w.capitalize() for w in s.split()])
    return sep.join([w.capitalize() for w in s.split(sep)])


def _ident_end(text, start):
    """The end of the identifier at `start` in `text` (`start` when there is none): an ASCII
    letter or `_`, then letters, digits and `_`, as `Template.idpattern` matches them."""
    n = len(text)
    if start >= n:
        return start
    c = text[start]
    if not (c == "_" or ("a" <= c <= "z") or ("A" <= c <= "Z")):
        return start
    end = start + 1
    while end < n:
        c = text[end]
        if c == "_" or ("a" <= c <= "z") or ("A" <= c <= "Z") or ("0" <= c <= "9"):
            end += 1
        else:
            break
    return end


class Template:
    """`$`-substitution (PEP 292): `$name`, `${name}`, `$$` for a `$`. The placeholder
    pattern is CPython's default one; a subclass may change `delimiter`."""

    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _lookup(self, name, mapping, kws, safe):
        if name in kws:
            return str(kws[name])
        if mapping is not None and name in mapping:
            return str(mapping[name])
        if safe:
            return None
        raise KeyError(name)

    def _invalid(self, at):
        lines = self.template[:at].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = at - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f"Invalid placeholder in string: line {lineno}, col {colno}")

    def _expand(self, mapping, kws, safe, strict):
        """The expansion; `safe` keeps missing names as written, `strict` raises for a `$`
        that starts no placeholder (else kept)."""
        t = self.template
        d = self.delimiter
        n = len(t)
        out = []
        i = 0
        while i < n:
            j = t.find(d, i)
            if j < 0:
                out.append(t[i:])
                break
            out.append(t[i:j])
            k = j + len(d)
            if t.startswith(d, k):
                out.append(d)
                i = k + len(d)
                continue
            if k < n and t[k] == "{":
                end = _ident_end(t, k + 1)
                if end > k + 1 and end < n and t[end] == "}":
                    value = self._lookup(t[k + 1 : end], mapping, kws, safe)
                    out.append(t[j : end + 1] if value is None else value)
                    i = end + 1
                    continue
            else:
                end = _ident_end(t, k)
                if end > k:
                    value = self._lookup(t[k:end], mapping, kws, safe)
                    out.append(t[j:end] if value is None else value)
                    i = end
                    continue
            # Neither an escape nor a placeholder.
            if strict:
                self._invalid(k)
            out.append(d)
            i = k
        return "".join(out)

    def substitute(self, mapping=None, **kws):
        """The template with its placeholders replaced (keywords first, then `mapping`);
        KeyError for a missing name, ValueError for a `$` that starts no placeholder."""
        return self._expand(mapping, kws, False, True)

    def safe_substitute(self, mapping=None, **kws):
        """As `substitute`, leaving missing names and stray `$`s as they are."""
        return self._expand(mapping, kws, True, False)

    def get_identifiers(self):
        """The names of the valid placeholders, in order, each once."""
        t = self.template
        d = self.delimiter
        names = []
        i = t.find(d)
        while 0 <= i:
            k = i + len(d)
            if t.startswith(d, k):
                i = t.find(d, k + len(d))
                continue
            if k < len(t) and t[k] == "{":
                end = _ident_end(t, k + 1)
                name = t[k + 1 : end] if end < len(t) and t[end] == "}" else ""
            else:
                name = t[k : _ident_end(t, k)]
            if name and name not in names:
                names.append(name)
            i = t.find(d, k)
        return names

    def is_valid(self):
        """Whether every `$` starts an escape or a valid placeholder."""
        try:
            self._expand(None, {}, True, True)
        except ValueError:
            return False
        return True
