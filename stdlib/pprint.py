"""Pretty printing (CPython's `pprint`): `pprint`, `pformat`, `pp` and `saferepr`, laid out as
CPython lays them out. A value whose repr fits in the width left is its repr (dicts with
their keys sorted, unless `sort_dicts=False`); a dict, list, tuple, set or str that does not
fit is broken over lines, one item a line (`compact=True`: as many as fit), each nested value
laid out the same way in the width left to it; a long str is split at whitespace into
adjacent literals. Other values (instances, Counters, dataclasses) are their reprs."""

import re


class _Printer:
    """One layout's settings."""

    def __init__(self, indent, width, depth, compact, sort_dicts, underscore_numbers):
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self.indent = indent
        self.width = width
        self.depth = depth
        self.compact = compact
        self.sort_dicts = sort_dicts
        self.underscore_numbers = underscore_numbers


def _sorted_items(d):
    return sorted(d.items(), key=lambda kv: kv[0])


def _safe_repr(p, o, level):
    """The one-line repr of `o` at nesting `level`: dicts with sorted keys, containers deeper
    than the depth limit as `...`."""
    if isinstance(o, bool) or o is None or isinstance(o, (str, float, bytes)):
        return repr(o)
    if isinstance(o, int):
        if p.underscore_numbers:
            return f"{o:_d}"
        return repr(o)
    if isinstance(o, dict) and type(o).__name__ == "dict":
        if not o:
            return "{}"
        if p.depth is not None and level >= p.depth:
            return "{...}"
        items = _sorted_items(o) if p.sort_dicts else list(o.items())
        parts = []
        for k, v in items:
            parts.append(_safe_repr(p, k, level + 1) + ": " + _safe_repr(p, v, level + 1))
        return "{" + ", ".join(parts) + "}"
    if isinstance(o, list):
        if not o:
            return "[]"
        if p.depth is not None and level >= p.depth:
            return "[...]"
        return "[" + ", ".join([_safe_repr(p, x, level + 1) for x in o]) + "]"
    if isinstance(o, tuple):
        if not o:
            return "()"
        if p.depth is not None and level >= p.depth:
            return "(...,)" if len(o) == 1 else "(...)"
        inner = ", ".join([_safe_repr(p, x, level + 1) for x in o])
        return "(" + inner + ",)" if len(o) == 1 else "(" + inner + ")"
    return repr(o)


def _format(p, o, out, indent, allowance, level):
    """Appends `o` laid out from column `indent`, with `allowance` columns kept free after it
    (for the closing brackets and commas that follow)."""
    rep = _safe_repr(p, o, level)
    if len(rep) <= p.width - indent - allowance:
        out.append(rep)
        return
    if isinstance(o, dict) and type(o).__name__ == "dict":
        out.append("{")
        if p.indent > 1:
            out.append(" " * (p.indent - 1))
        if o:
            items = _sorted_items(o) if p.sort_dicts else list(o.items())
            _format_dict_items(p, items, out, indent, allowance + 1, level + 1)
        out.append("}")
    elif isinstance(o, list):
        out.append("[")
        _format_items(p, list(o), out, indent, allowance + 1, level + 1)
        out.append("]")
    elif isinstance(o, tuple):
        out.append("(")
        end = ",)" if len(o) == 1 else ")"
        _format_items(p, list(o), out, indent, allowance + len(end), level + 1)
        out.append(end)
    elif isinstance(o, (set, frozenset)):
        if not o:
            out.append(rep)
            return
        if isinstance(o, frozenset):
            out.append("frozenset({")
            end = "})"
            indent += len("frozenset") + 1
        else:
            out.append("{")
            end = "}"
        _format_items(p, sorted(o), out, indent, allowance + len(end), level + 1)
        out.append(end)
    elif isinstance(o, str):
        _format_str(p, o, out, indent, allowance, level + 1)
    else:
        out.append(rep)


def _format_dict_items(p, items, out, indent, allowance, level):
    indent += p.indent
    sep = ",\n" + " " * indent
    last = len(items) - 1
    for i, (key, value) in enumerate(items):
        rep = _safe_repr(p, key, level)
        out.append(rep)
        out.append(": ")
        _format(p, value, out, indent + len(rep) + 2, allowance if i == last else 1, level)
        if i != last:
            out.append(sep)


def _format_items(p, items, out, indent, allowance, level):
    indent += p.indent
    if p.indent > 1:
        out.append(" " * (p.indent - 1))
    sep = ",\n" + " " * indent
    delim = ""
    width = max_width = p.width - indent + 1
    n = len(items)
    for i in range(n):
        item = items[i]
        last = i == n - 1
        if last:
            max_width -= allowance
            width -= allowance
        if p.compact:
            rep = _safe_repr(p, item, level)
            w = len(rep) + 2
            if width < w:
                width = max_width
                if delim:
                    delim = sep
            if width >= w:
                width -= w
                out.append(delim)
                delim = ", "
                out.append(rep)
                continue
        out.append(delim)
        delim = sep
        _format(p, item, out, indent, allowance if last else 1, level)


def _format_str(p, s, out, indent, allowance, level):
    """A str too long for its line: its lines, and each line too long split after runs of
    whitespace, as adjacent literals (in parentheses at the top level)."""
    if not s:
        out.append(repr(s))
        return
    chunks = []
    lines = s.splitlines(True)
    if level == 1:
        indent += 1
        allowance += 1
    max_width1 = max_width = p.width - indent
    rep = ""
    for i, line in enumerate(lines):
        rep = repr(line)
        if i == len(lines) - 1:
            max_width1 -= allowance
        if len(rep) <= max_width1:
            chunks.append(rep)
            continue
        parts = re.findall(r"\S*\s*", line)
        parts.pop()
        max_width2 = max_width
        current = ""
        for j, part in enumerate(parts):
            candidate = current + part
            if j == len(parts) - 1 and i == len(lines) - 1:
                max_width2 -= allowance
            if len(repr(candidate)) > max_width2:
                if current:
                    chunks.append(repr(current))
                current = part
            else:
                current = candidate
        if current:
            chunks.append(repr(current))
    if len(chunks) == 1:
        out.append(rep)
        return
    if level == 1:
        out.append("(")
    for i, chunk in enumerate(chunks):
        if i > 0:
            out.append("\n" + " " * indent)
        out.append(chunk)
    if level == 1:
        out.append(")")


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    """`object` laid out in lines of at most `width` columns where it can be."""
    p = _Printer(indent, width, depth, compact, sort_dicts, underscore_numbers)
    out = []
    _format(p, object, out, 0, 0, 0)
    return "".join(out)


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
           sort_dicts=True, underscore_numbers=False):
    """Prints `object` laid out by `pformat` (to `stream`, by its `write`, if given)."""
    text = pformat(object, indent, width, depth, compact=compact, sort_dicts=sort_dicts,
                   underscore_numbers=underscore_numbers)
    if stream is None:
        print(text)
    else:
        stream.write(text + "\n")


def pp(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
       sort_dicts=False, underscore_numbers=False):
    """`pprint` with the dicts' keys in their order."""
    pprint(object, stream, indent, width, depth, compact=compact, sort_dicts=sort_dicts,
           underscore_numbers=underscore_numbers)


def saferepr(object):
    """`object`'s one-line repr, its dicts' keys sorted."""
    return _safe_repr(_Printer(1, 80, None, False, True, False), object, 0)
