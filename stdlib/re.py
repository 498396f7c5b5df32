"""`re`: regular expressions with CPython's syntax and matching order.

A pattern is parsed into a tree (`_Node`) and compiled into a program for the backtracking
machine of `_re_engine.py`, which tries alternatives in the order CPython's engine does, so
every match, group and replacement is CPython's. Written from the documented behaviour,
checked against CPython on generated patterns; not CPython's code."""

from _re_engine import (
    _AT_BEGIN,
    _AT_BEGIN_LINE,
    _AT_BEGIN_STRING,
    _AT_BOUNDARY,
    _AT_END,
    _AT_END_LINE,
    _AT_END_STRING,
    _AT_NON_BOUNDARY,
    _CAT_DIGIT,
    _CAT_NOT_DIGIT,
    _CAT_NOT_SPACE,
    _CAT_NOT_WORD,
    _CAT_SPACE,
    _CAT_WORD,
    _CharSet,
    _OP_ANY,
    _OP_ANY_ALL,
    _OP_AT,
    _OP_BACKREF,
    _OP_CHAR,
    _OP_CHAR_I,
    _OP_CHECK,
    _OP_JUMP,
    _OP_LOOK,
    _OP_MARK,
    _OP_MATCH,
    _OP_REPEAT_ONE,
    _OP_SAVE,
    _OP_SET,
    _OP_SPLIT,
    _Program,
    _lower,
    _run,
    _set_matches,
    _upper,
)

IGNORECASE = 2
I = 2
LOCALE = 4
L = 4
MULTILINE = 8
M = 8
DOTALL = 16
S = 16
UNICODE = 32
U = 32
VERBOSE = 64
X = 64
ASCII = 256
A = 256
NOFLAG = 0

_FLAG_NAMES = [
    (IGNORECASE, "re.IGNORECASE"),
    (LOCALE, "re.LOCALE"),
    (MULTILINE, "re.MULTILINE"),
    (DOTALL, "re.DOTALL"),
    (UNICODE, "re.UNICODE"),
    (VERBOSE, "re.VERBOSE"),
    (ASCII, "re.ASCII"),
]


class error(Exception):
    """A malformed pattern or template: `msg`, and where (`pattern`, `pos`, and `lineno`
    and `colno` in it)."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = None
        self.colno = None
        if pattern is not None and pos is not None:
            self.lineno = pattern.count("\n", 0, pos) + 1
            self.colno = pos - pattern.rfind("\n", 0, pos)
            text = f"{msg} at position {pos}"
            if "\n" in pattern:
                text += f" (line {self.lineno}, column {self.colno})"
            super().__init__(text)
        else:
            super().__init__(msg)


# ---- the parse tree ----

_LIT = 1  # a: code point (b: 1 when ignoring case)
_ANY = 2  # b: 1 when it matches a newline too
_SET = 3  # a: index of the class
_CAT = 4
_ALT = 5
_GROUP = 6  # a: group number (0: not capturing)
_REPEAT = 7  # a: min, b: max (-1: no limit), c: 1 when lazy
_AT = 8  # a: one of the _AT_ kinds
_BACKREF = 9  # a: group number, b: 1 when ignoring case
_LOOK = 10  # a: 1 behind, b: 1 negative
_NOTHING = 11  # a comment or the pattern's flags: no node



class _Node:
    def __init__(self, kind, a, b, c, children):
        self.kind = kind
        self.a = a
        self.b = b
        self.c = c
        self.children = children


def _node(kind, a=0, b=0, c=0):
    return _Node(kind, a, b, c, [])


# ---- the parser ----

_SPECIAL = ".^$*+?{}[]\\|()"
_MAXREPEAT = 4294967295
_ESCAPES = {"a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11, "\\": 92}
_CAT_ESCAPES = {
    "d": _CAT_DIGIT,
    "D": _CAT_NOT_DIGIT,
    "w": _CAT_WORD,
    "W": _CAT_NOT_WORD,
    "s": _CAT_SPACE,
    "S": _CAT_NOT_SPACE,
}
_HEX = "0123456789abcdefABCDEF"


class _Parser:
    def __init__(self, pattern, flags):
        self.p = pattern
        self.i = 0
        self.flags = flags
        self.groups = 0
        self.names = {}
        self.open_groups = []
        self.sets = []

    def error(self, msg, pos):
        raise error(msg, self.p, pos)

    def more(self):
        return self.i < len(self.p)

    def peek(self):
        return self.p[self.i]

    def skip_verbose(self):
        if self.flags & VERBOSE:
            while self.i < len(self.p):
                c = self.p[self.i]
                if c in " \t\n\r\v\f":
                    self.i += 1
                elif c == "#":
                    while self.i < len(self.p) and self.p[self.i] != "\n":
                        self.i += 1
                else:
                    break

    def parse_alt(self):
        """Alternatives separated by `|`, up to a `)` or the end."""
        branches = [self.parse_seq()]
        while self.more() and self.peek() == "|":
            self.i += 1
            branches.append(self.parse_seq())
        if len(branches) == 1:
            return branches[0]
        n = _node(_ALT)
        n.children = branches
        return n

    def parse_seq(self):
        items = []
        while True:
            self.skip_verbose()
            if not self.more():
                break
            c = self.peek()
            if c == "|" or c == ")":
                break
            start = self.i
            atom = self.parse_atom()
            if atom.kind == _NOTHING:
                continue
            self.skip_verbose()
            if self.more() and self.peek() in "*+?{":
                atom = self.parse_repeat(atom, start)
            items.append(atom)
        n = _node(_CAT)
        n.children = items
        return n

    def parse_repeat(self, atom, start):
        c = self.peek()
        here = self.i
        lo = 0
        hi = -1
        if c == "*":
            self.i += 1
        elif c == "+":
            lo = 1
            self.i += 1
        elif c == "?":
            hi = 1
            self.i += 1
        else:
            bounds = self.parse_braces()
            if bounds is None:
                return atom
            lo, hi = bounds
        if atom.kind == _AT:
            self.error("nothing to repeat", here)
        if atom.kind == _REPEAT:
            self.error("multiple repeat", here)
        lazy = 0
        if self.more() and self.peek() == "?":
            lazy = 1
            self.i += 1
        elif self.more() and self.peek() == "+":
            self.error("possessive repeats are not supported by natrix", self.i)
        r = _node(_REPEAT, lo, hi, lazy)
        r.children = [atom]
        if self.more() and (self.peek() in "*+?" or self.braces_follow()):
            self.error("multiple repeat", self.i)
        return r

    def braces_follow(self):
        """Whether a `{m,n}` repeat starts at `self.i` (leaving `self.i` there)."""
        if self.peek() != "{":
            return False
        here = self.i
        found = self.parse_braces() is not None
        self.i = here
        return found

    def parse_braces(self):
        """`{m}`, `{m,}`, `{,n}`, `{m,n}` at `self.i`: (min, max), or None (then the `{` is
        a literal)."""
        p = self.p
        j = self.i + 1
        k = j
        while k < len(p) and p[k].isdigit():
            k += 1
        lo_text = p[j:k]
        hi_text = lo_text
        if k < len(p) and p[k] == ",":
            m = k + 1
            while m < len(p) and p[m].isdigit():
                m += 1
            hi_text = p[k + 1 : m]
            k = m
        if k >= len(p) or p[k] != "}":
            return None
        if lo_text == "" and k == j:
            return None
        lo = int(lo_text) if lo_text else 0
        hi = int(hi_text) if hi_text else -1
        if lo >= _MAXREPEAT or hi >= _MAXREPEAT:
            raise OverflowError("the repetition number is too large")
        if hi >= 0 and lo > hi:
            self.error("min repeat greater than max repeat", j)
        self.i = k + 1
        return lo, hi

    def parse_atom(self):
        p = self.p
        c = p[self.i]
        start = self.i
        self.i += 1
        flags = self.flags
        if c == ".":
            return _node(_ANY, 0, 1 if flags & DOTALL else 0)
        if c == "^":
            return _node(_AT, _AT_BEGIN_LINE if flags & MULTILINE else _AT_BEGIN)
        if c == "$":
            return _node(_AT, _AT_END_LINE if flags & MULTILINE else _AT_END)
        if c == "[":
            return self.parse_set(start)
        if c == "(":
            return self.parse_group(start)
        if c in "*+?":
            self.error("nothing to repeat", start)
        if c == "{":
            self.i = start
            if self.parse_braces() is not None:
                self.error("nothing to repeat", start)
            self.i = start + 1
            return self.literal(123)
        if c == "\\":
            return self.parse_escape(start)
        return self.literal(ord(c))

    def literal(self, code):
        return _node(_LIT, code, 1 if self.flags & IGNORECASE else 0)

    def parse_escape(self, start):
        p = self.p
        if self.i >= len(p):
            self.error("bad escape (end of pattern)", start)
        c = p[self.i]
        self.i += 1
        if c in _CAT_ESCAPES:
            cs = self.new_set()
            cs.cats.append(_CAT_ESCAPES[c])
            return _node(_SET, len(self.sets) - 1)
        if c == "N":
            self.error("named character escapes (\\N{...}) are not supported by natrix", start)
        if c == "A":
            return _node(_AT, _AT_BEGIN_STRING)
        if c == "Z":
            return _node(_AT, _AT_END_STRING)
        if c == "b":
            return _node(_AT, _AT_BOUNDARY)
        if c == "B":
            return _node(_AT, _AT_NON_BOUNDARY)
        if "1" <= c <= "9":
            j = self.i
            if j < len(p) and p[j].isdigit():
                # Three octal digits are a character; else a group number of two digits.
                if c <= "7" and p[j] <= "7" and j + 1 < len(p) and "0" <= p[j + 1] <= "7":
                    self.i = j + 2
                    code = int(p[start + 1 : j + 2], 8)
                    if code > 0o377:
                        self.error(
                            f"octal escape value \\{p[start + 1:j + 2]} outside of range 0-0o377",
                            start,
                        )
                    return self.literal(code)
                self.i = j + 1
            g = int(p[start + 1 : self.i])
            if g > self.groups:
                self.error(f"invalid group reference {g}", start + 1)
            if g in self.open_groups:
                self.error("cannot refer to an open group", start)
            return _node(_BACKREF, g, 1 if self.flags & IGNORECASE else 0)
        code = self.char_escape(c, start)
        return self.literal(code)

    def char_escape(self, c, start):
        """The code point of escape `\\c` (after `c`), outside or inside a class."""
        p = self.p
        if c in _ESCAPES:
            return _ESCAPES[c]
        if c == "0":
            j = self.i
            while j < len(p) and j < self.i + 2 and "0" <= p[j] <= "7":
                j += 1
            code = int(p[start + 1 : j], 8)
            self.i = j
            return code
        if c == "x" or c == "u" or c == "U":
            n = 2 if c == "x" else (4 if c == "u" else 8)
            digits = p[self.i : self.i + n]
            if len(digits) != n or any(d not in _HEX for d in digits):
                self.error(f"incomplete escape \\{c}{digits}", start)
            self.i += n
            code = int(digits, 16)
            if code > 0x10FFFF:
                self.error(f"bad escape \\{c}{digits}", start)
            return code
        if ("a" <= c <= "z") or ("A" <= c <= "Z") or ("0" <= c <= "9"):
            self.error(f"bad escape \\{c}", start)
        return ord(c)

    def new_set(self):
        cs = _CharSet()
        cs.ignore_case = bool(self.flags & IGNORECASE)
        cs.ascii = bool(self.flags & ASCII)
        self.sets.append(cs)
        return cs

    def parse_set(self, start):
        p = self.p
        cs = self.new_set()
        index = len(self.sets) - 1
        if self.i < len(p) and p[self.i] == "^":
            cs.negated = True
            self.i += 1
        first = True
        while True:
            if self.i >= len(p):
                self.error("unterminated character set", start)
            c = p[self.i]
            if c == "]" and not first:
                self.i += 1
                break
            first = False
            item_start = self.i
            self.i += 1
            lo = -1
            if c == "\\":
                if self.i >= len(p):
                    self.error("unterminated character set", start)
                e = p[self.i]
                self.i += 1
                if e in _CAT_ESCAPES:
                    if self.i + 1 < len(p) and p[self.i] == "-" and p[self.i + 1] != "]":
                        self.error(
                            f"bad character range {p[item_start:self.i + 2]}", item_start
                        )
                    cs.cats.append(_CAT_ESCAPES[e])
                    continue
                if e == "b":
                    lo = 8
                elif "0" <= e <= "7":
                    k = self.i
                    while k < len(p) and k < self.i + 2 and "0" <= p[k] <= "7":
                        k += 1
                    lo = int(p[self.i - 1 : k], 8)
                    if lo > 0o377:
                        self.error(
                            f"octal escape value \\{p[self.i - 1:k]} outside of range 0-0o377",
                            item_start,
                        )
                    self.i = k
                else:
                    lo = self.char_escape(e, item_start)
            else:
                lo = ord(c)
            if self.i + 1 < len(p) and p[self.i] == "-" and p[self.i + 1] != "]":
                self.i += 1
                c2 = p[self.i]
                self.i += 1
                if c2 == "\\":
                    if self.i >= len(p):
                        self.error("unterminated character set", start)
                    e = p[self.i]
                    self.i += 1
                    if e in _CAT_ESCAPES:
                        self.error(
                            f"bad character range {p[item_start:self.i]}", item_start
                        )
                    hi = self.char_escape(e, self.i - 2)
                else:
                    hi = ord(c2)
                if hi < lo:
                    self.error(f"bad character range {p[item_start:self.i]}", item_start)
                cs.ranges.append(lo)
                cs.ranges.append(hi)
            else:
                cs.ranges.append(lo)
                cs.ranges.append(lo)
        return _node(_SET, index)

    def group_name(self, end_char, start):
        p = self.p
        j = self.p.find(end_char, self.i)
        if j < 0:
            what = "missing >, unterminated name" if end_char == ">" else "missing ), unterminated name"
            self.error(what, self.i)
        name = p[self.i : j]
        if name == "":
            self.error("missing group name", self.i)
        if not name.isidentifier():
            self.error(f"bad character in group name {name!r}", self.i)
        self.i = j + 1
        return name

    def parse_group(self, start):
        p = self.p
        capture = True
        name = ""
        look = -1
        negative = 0
        if self.i < len(p) and p[self.i] == "?":
            self.i += 1
            if self.i >= len(p):
                self.error("unexpected end of pattern", self.i)
            c = p[self.i]
            self.i += 1
            if c == ":":
                capture = False
            elif c == "P":
                if self.i >= len(p):
                    self.error("unexpected end of pattern", self.i)
                if p[self.i] == "<":
                    self.i += 1
                    name = self.group_name(">", start)
                elif self.i < len(p) and p[self.i] == "=":
                    self.i += 1
                    name_start = self.i
                    ref = self.group_name(")", start)
                    if ref not in self.names:
                        self.error(f"unknown group name {ref!r}", name_start)
                    g = self.names[ref]
                    if g in self.open_groups:
                        self.error("cannot refer to an open group", start)
                    return _node(_BACKREF, g, 1 if self.flags & IGNORECASE else 0)
                else:
                    self.error(f"unknown extension ?P{p[self.i:self.i + 1]}", start + 1)
            elif c == "=" or c == "!":
                capture = False
                look = 0
                negative = 1 if c == "!" else 0
            elif c == "<":
                if self.i < len(p) and (p[self.i] == "=" or p[self.i] == "!"):
                    negative = 1 if p[self.i] == "!" else 0
                    self.i += 1
                    capture = False
                    look = 1
                else:
                    self.error(f"unknown extension ?<{p[self.i:self.i + 1]}", start + 1)
            elif c == "#":
                j = p.find(")", self.i)
                if j < 0:
                    self.error("missing ), unterminated comment", start)
                self.i = j + 1
                return _node(_NOTHING)
            elif c in "aiLmsux-":
                return self.parse_flags(start, c)
            elif c == ">":
                self.error("atomic groups are not supported by natrix", start)
            elif c == "(":
                self.error("conditional groups are not supported by natrix", start)
            else:
                self.error(f"unknown extension ?{c}", start + 1)
        number = 0
        if capture:
            self.groups += 1
            number = self.groups
            if name:
                if name in self.names:
                    self.error(f"redefinition of group name {name!r} as group {number}; was group {self.names[name]}", start + 4)
                self.names[name] = number
            self.open_groups.append(number)
        body = self.parse_alt()
        if not self.more() or self.peek() != ")":
            self.error("missing ), unterminated subpattern", start)
        self.i += 1
        if capture:
            self.open_groups.pop()
        if look >= 0:
            n = _node(_LOOK, look, negative)
            n.children = [body]
            if look == 1:
                lo, hi = _width(n.children[0])
                if lo != hi:
                    raise error("look-behind requires fixed-width pattern")
                n.c = lo
            return n
        g = _node(_GROUP, number)
        g.children = [body]
        return g

    def parse_flags(self, start, first):
        """`(?aiLmsux)` at the start of the pattern, or `(?aiLmsux-imsx:…)` anywhere."""
        p = self.p
        on = 0
        off = 0
        self.i -= 1
        minus = False
        while self.i < len(p) and p[self.i] in "aiLmsux-":
            c = p[self.i]
            self.i += 1
            if c == "-":
                minus = True
                continue
            bit = {"a": ASCII, "i": IGNORECASE, "L": LOCALE, "m": MULTILINE, "s": DOTALL,
                   "u": UNICODE, "x": VERBOSE}[c]
            if minus:
                off |= bit
            else:
                on |= bit
        if self.i >= len(p):
            self.error("missing -, : or )", self.i)
        c = p[self.i]
        self.i += 1
        if c == ")" and not minus:
            if start != 0 and not self.only_flags_before(start):
                self.error("global flags not at the start of the expression", start)
            self.flags |= on
            return _node(_NOTHING)
        if c != ":":
            self.error("missing -, : or )" if not minus else "missing :", self.i - 1)
        saved = self.flags
        self.flags = (self.flags | on) & ~off
        body = self.parse_alt()
        if not self.more() or self.peek() != ")":
            self.error("missing ), unterminated subpattern", start)
        self.i += 1
        self.flags = saved
        g = _node(_GROUP, 0)
        g.children = [body]
        return g

    def only_flags_before(self, start):
        """Whether the pattern before `start` is only other global flag groups."""
        k = 0
        p = self.p
        while k < start:
            if not p.startswith("(?", k):
                return False
            j = p.find(")", k)
            if j < 0 or any(ch not in "aiLmsux" for ch in p[k + 2 : j]):
                return False
            k = j + 1
        return True


def _width(n):
    """The least and most characters node `n` matches (-1: no limit)."""
    k = n.kind
    if k == _LIT or k == _ANY or k == _SET:
        return 1, 1
    if k == _AT or k == _LOOK:
        return 0, 0
    if k == _BACKREF:
        return 0, -1
    if k == _CAT:
        lo = 0
        hi = 0
        for ch in n.children:
            a, b = _width(ch)
            lo += a
            hi = -1 if hi < 0 or b < 0 else hi + b
        return lo, hi
    if k == _ALT:
        lo = -1
        hi = 0
        for ch in n.children:
            a, b = _width(ch)
            lo = a if lo < 0 else min(lo, a)
            hi = -1 if hi < 0 or b < 0 else max(hi, b)
        return lo, hi
    if k == _GROUP:
        return _width(n.children[0])
    a, b = _width(n.children[0])
    hi = -1 if n.b < 0 or b < 0 else b * n.b
    return a * n.a, hi


def _first(n):
    """The single-character nodes (`_LIT`, `_ANY`, `_SET`) one of which every match of `n`
    starts with (None: any character may start one), and whether `n` may match nothing."""
    k = n.kind
    if k == _LIT or k == _ANY or k == _SET:
        return [n], False
    if k == _AT or k == _LOOK:
        return [], True
    if k == _BACKREF:
        return None, True
    if k == _GROUP:
        return _first(n.children[0])
    if k == _REPEAT:
        tests, nullable = _first(n.children[0])
        return tests, nullable or n.a == 0
    tests = []
    if k == _CAT:
        for ch in n.children:
            t, nullable = _first(ch)
            if t is None:
                return None, True
            tests.extend(t)
            if not nullable:
                return tests, False
        return tests, True
    # _ALT
    any_nullable = False
    for ch in n.children:
        t, nullable = _first(ch)
        if t is None:
            return None, True
        tests.extend(t)
        any_nullable = any_nullable or nullable
    return tests, any_nullable


def _any_accepts(prog, tests, c):
    for t in tests:
        if _accepts(prog, t, c):
            return True
    return False


def _accepts(prog, n, c):
    """Whether the single-character node `n` accepts code point `c`."""
    if n.kind == _LIT:
        return c == n.a or (n.b == 1 and (_lower(c) == _lower(n.a) or _upper(c) == _upper(n.a)))
    if n.kind == _ANY:
        return n.b == 1 or c != 10
    return _set_matches(prog.sets[n.a], c)


# ---- compiling the tree (into `_re_engine._Program`) ----

def _single(n):
    """Whether node `n` matches exactly one character by itself (a REPEAT_ONE body)."""
    return n.kind == _LIT or n.kind == _ANY or n.kind == _SET


def _emit_single(prog, n):
    if n.kind == _LIT:
        if n.b:
            prog.emit(_OP_CHAR_I, _lower(n.a))
        else:
            prog.emit(_OP_CHAR, n.a)
    elif n.kind == _ANY:
        prog.emit(_OP_ANY_ALL if n.b else _OP_ANY)
    else:
        prog.emit(_OP_SET, n.a)


def _compile_node(prog, n):
    k = n.kind
    if _single(n):
        _emit_single(prog, n)
    elif k == _CAT:
        for ch in n.children:
            _compile_node(prog, ch)
    elif k == _ALT:
        jumps = []
        last = len(n.children) - 1
        for idx, ch in enumerate(n.children):
            if idx < last:
                split = prog.emit(_OP_SPLIT)
                prog.a[split] = split + 1
                _compile_node(prog, ch)
                jumps.append(prog.emit(_OP_JUMP))
                prog.b[split] = len(prog.ops)
            else:
                _compile_node(prog, ch)
        for j in jumps:
            prog.a[j] = len(prog.ops)
    elif k == _GROUP:
        if n.a:
            prog.emit(_OP_SAVE, 2 * n.a)
        _compile_node(prog, n.children[0])
        if n.a:
            prog.emit(_OP_SAVE, 2 * n.a + 1)
    elif k == _AT:
        prog.emit(_OP_AT, n.a)
    elif k == _BACKREF:
        prog.emit(_OP_BACKREF, n.a, n.b)
    elif k == _LOOK:
        look = prog.emit(_OP_LOOK, 0, n.b, n.c if n.a else -1)
        jump = prog.emit(_OP_JUMP)
        prog.a[look] = len(prog.ops)
        _compile_node(prog, n.children[0])
        prog.emit(_OP_MATCH)
        prog.a[jump] = len(prog.ops)
    else:
        _compile_repeat(prog, n)


def _compile_repeat(prog, n):
    body = n.children[0]
    lo = n.a
    hi = n.b
    lazy = n.c
    if _single(body):
        prog.emit(_OP_REPEAT_ONE, lo, hi, lazy)
        _emit_single(prog, body)
        return
    for _ in range(lo):
        _compile_node(prog, body)
    nullable = _width(body)[0] == 0
    if hi < 0:
        # L1: SPLIT L2, L3; L2: [MARK r] body [CHECK r, L3]; JUMP L1; L3:
        split = prog.emit(_OP_SPLIT)
        reg = -1
        if nullable:
            reg = prog.registers
            prog.registers += 1
            prog.emit(_OP_MARK, reg)
        _compile_node(prog, body)
        check = -1
        if nullable:
            check = prog.emit(_OP_CHECK, reg)
        prog.emit(_OP_JUMP, split)
        end = len(prog.ops)
        if lazy:
            prog.a[split] = end
            prog.b[split] = split + 1
        else:
            prog.a[split] = split + 1
            prog.b[split] = end
        if check >= 0:
            prog.b[check] = end
        return
    # Each optional copy: SPLIT; [MARK r] body [CHECK r, end]: an iteration that matched
    # nothing ends the repeat, as an unbounded one's does.
    splits = []
    checks = []
    reg = -1
    if nullable and hi > lo:
        reg = prog.registers
        prog.registers += 1
    for _ in range(hi - lo):
        splits.append(prog.emit(_OP_SPLIT))
        if reg >= 0:
            prog.emit(_OP_MARK, reg)
        _compile_node(prog, body)
        if reg >= 0:
            checks.append(prog.emit(_OP_CHECK, reg))
    end = len(prog.ops)
    for c in checks:
        prog.b[c] = end
    for s in splits:
        if lazy:
            prog.a[s] = end
            prog.b[s] = s + 1
        else:
            prog.a[s] = s + 1
            prog.b[s] = end


# ---- patterns and matches ----


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, slots, pos, endpos):
        self.re = pattern
        self.string = string
        self._slots = slots
        self.pos = pos
        self.endpos = endpos
        last = slots[len(slots) - 1]
        self.lastindex = last if last > 0 else None
        self.lastgroup = None
        if last > 0:
            for name, number in pattern.groupindex.items():
                if number == last:
                    self.lastgroup = name

    def _index(self, g):
        if isinstance(g, str):
            if g not in self.re.groupindex:
                raise IndexError("no such group")
            return self.re.groupindex[g]
        if g < 0 or g > self.re.groups:
            raise IndexError("no such group")
        return g

    def _group(self, g):
        i = self._index(g)
        s = self._slots[2 * i]
        e = self._slots[2 * i + 1]
        if s < 0 or e < 0:
            return None
        return self.string[s:e]

    def group(self, g=0, *more):
        """Group `g` (a number or name; 0: the whole match), or None when it did not take
        part; a tuple of them for several."""
        if len(more) == 0:
            return self._group(g)
        return tuple([self._group(g)] + [self._group(x) for x in more])

    def __getitem__(self, g):
        return self._group(g)

    def groups(self, default=None):
        out = []
        for i in range(1, self.re.groups + 1):
            v = self._group(i)
            out.append(default if v is None else v)
        return tuple(out)

    def groupdict(self, default=None):
        out = {}
        for name, i in self.re.groupindex.items():
            v = self._group(i)
            out[name] = default if v is None else v
        return out

    def start(self, g=0):
        return self._slots[2 * self._index(g)]

    def end(self, g=0):
        return self._slots[2 * self._index(g) + 1]

    def span(self, g=0):
        i = self._index(g)
        return self._slots[2 * i], self._slots[2 * i + 1]

    @property
    def regs(self):
        """The span of every group, the whole match first."""
        return tuple([(self._slots[2 * i], self._slots[2 * i + 1]) for i in range(self.re.groups + 1)])

    def expand(self, template):
        return _expand(_parse_template(self.re, template), self.string, self._slots)

    def __repr__(self):
        s = self._slots[0]
        e = self._slots[1]
        return f"<re.Match object; span=({s}, {e}), match={self.string[s:e]!r}>"

    def __bool__(self):
        return True


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags):
        parser = _Parser(pattern, flags)
        tree = parser.parse_alt()
        if parser.more():
            raise error("unbalanced parenthesis", pattern, parser.i)
        self.pattern = pattern
        self.flags = parser.flags | (0 if parser.flags & ASCII else UNICODE)
        self.groups = parser.groups
        self.groupindex = parser.names
        prog = _Program()
        prog.sets = parser.sets
        for cs in prog.sets:
            cs.table = [_set_matches(cs, c) for c in range(128)]
        prog.emit(_OP_SAVE, 0)
        _compile_node(prog, tree)
        prog.emit(_OP_SAVE, 1)
        prog.emit(_OP_MATCH)
        prog.nslots = 2 * parser.groups + 3
        self._prog = prog
        self._ascii = bool(parser.flags & ASCII)
        # The characters a match can start with, when every match starts with one: an
        # ASCII table, and the tests for the others.
        tests, nullable = _first(tree)
        self._filtered = tests is not None and not nullable
        self._first_tests = [] if tests is None else tests
        self._first_ascii = [
            self._filtered and any(_accepts(prog, t, c) for t in self._first_tests)
            for c in range(128)
        ]

    def _bounds(self, string, pos, endpos):
        n = len(string)
        if endpos is None or endpos > n:
            endpos = n
        if endpos < 0:
            endpos = 0
        if pos < 0:
            pos = 0
        return pos, endpos

    def _at(self, codes, start, end, full):
        """The group bounds of the match starting at `start`, or None."""
        slots = _new_slots(self._prog)
        target = end if full else -1
        if _run(self._prog, codes, 0, start, end, slots, target, -1, self._ascii) < 0:
            return None
        return slots

    def _search(self, codes, pos, end, avoid):
        """The group bounds of the first match at `pos` or after, or None."""
        start = pos
        prog = self._prog
        slots = _new_slots(prog)
        last = len(slots) - 1
        first = self._first_ascii
        while start <= end:
            if self._filtered:
                # Skip the positions no match can start at.
                while start < end:
                    c = codes[start]
                    if c < 128:
                        if first[c]:
                            break
                    elif _any_accepts(prog, self._first_tests, c):
                        break
                    start += 1
                if start >= end:
                    return None
            for k in range(last):
                slots[k] = -1
            slots[last] = 0
            if _run(prog, codes, 0, start, end, slots, -1, avoid, self._ascii) >= 0:
                return slots[:]
            start += 1
        return None

    def _match(self, text, slots, pos, endpos):
        if slots is None:
            return None
        return Match(self, text, slots, pos, endpos)

    def match(self, string, pos=0, endpos=None):
        text = _text(string)
        pos, end = self._bounds(text, pos, endpos)
        if pos > end:
            return None
        return self._match(text, self._at(_codes(text), pos, end, False), pos, end)

    def fullmatch(self, string, pos=0, endpos=None):
        text = _text(string)
        pos, end = self._bounds(text, pos, endpos)
        if pos > end:
            return None
        return self._match(text, self._at(_codes(text), pos, end, True), pos, end)

    def search(self, string, pos=0, endpos=None):
        text = _text(string)
        pos, end = self._bounds(text, pos, endpos)
        return self._match(text, self._search(_codes(text), pos, end, -1), pos, end)

    def _all(self, text, pos, end):
        """The group bounds of every non-overlapping match, left to right (an empty one may
        follow a match, but not at the position of an empty one)."""
        codes = _codes(text)
        out = []
        at = pos
        avoid = -1
        while at <= end:
            slots = self._search(codes, at, end, avoid)
            if slots is None:
                break
            out.append(slots)
            s = slots[0]
            e = slots[1]
            avoid = e if e == s else -1
            at = e
        return out

    def finditer(self, string, pos=0, endpos=None):
        text = _text(string)
        pos, end = self._bounds(text, pos, endpos)
        for slots in self._all(text, pos, end):
            yield Match(self, text, slots, pos, end)

    def findall(self, string, pos=0, endpos=None):
        text = _text(string)
        pos, end = self._bounds(text, pos, endpos)
        out = []
        for slots in self._all(text, pos, end):
            if self.groups == 0:
                out.append(text[slots[0] : slots[1]])
            elif self.groups == 1:
                out.append(_slot_text(text, slots, 1, ""))
            else:
                out.append(tuple([_slot_text(text, slots, i, "") for i in range(1, self.groups + 1)]))
        return out

    def split(self, string, maxsplit=0):
        text = _text(string)
        out = []
        last = 0
        n = 0
        for slots in self._all(text, 0, len(text)):
            if maxsplit > 0 and n >= maxsplit:
                break
            out.append(text[last : slots[0]])
            for i in range(1, self.groups + 1):
                out.append(_slot_text(text, slots, i, None))
            last = slots[1]
            n += 1
        out.append(text[last:])
        return out

    def subn(self, repl, string, count=0):
        text = _text(string)
        out = []
        last = 0
        n = 0
        if isinstance(repl, str):
            template = _parse_template(self, repl)
        for slots in self._all(text, 0, len(text)):
            if count > 0 and n >= count:
                break
            out.append(text[last : slots[0]])
            if isinstance(repl, str):
                out.append(_expand(template, text, slots))
            else:
                out.append(repl(Match(self, text, slots, 0, len(text))))
            last = slots[1]
            n += 1
        out.append(text[last:])
        return "".join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def __repr__(self):
        flags = self.flags & ~UNICODE
        text = repr(self.pattern)
        if flags == 0:
            return f"re.compile({text})"
        names = [name for bit, name in _FLAG_NAMES if flags & bit]
        return f"re.compile({text}, {'|'.join(names)})"

    def __eq__(self, other):
        return (
            isinstance(other, Pattern)
            and self.pattern == other.pattern
            and self.flags == other.flags
        )

    def __hash__(self):
        return hash((self.pattern, self.flags))


def _new_slots(prog):
    """Group bounds, all unset, and the last group closed (0: none). (Made in one place, so
    that every call of `_run` passes the same list type: one specialization.)"""
    slots = [-1] * prog.nslots
    slots[len(slots) - 1] = 0
    return slots


def _text(string):
    """The text a pattern is matched against (a str: natrix's patterns are of strs)."""
    if string is None or not isinstance(string, str):
        raise TypeError(f"expected string or bytes-like object, got {type(string).__name__!r}")
    # (A str already; `str()` keeps a value of run-time type from making every match's text
    # one.)
    return str(string)


def _codes(string):
    return [ord(c) for c in string]


def _parse_template(pattern, repl):
    """A replacement template: literal pieces (group -1) and group references."""
    pieces = []
    groups = []
    buf = []
    i = 0
    n = len(repl)
    while i < n:
        c = repl[i]
        if c != "\\":
            buf.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern)", repl, i)
        e = repl[i + 1]
        g = -1
        if e == "g":
            j = repl.find(">", i + 2)
            if i + 2 >= n or repl[i + 2] != "<":
                raise error("missing <", repl, i + 2)
            if i + 3 >= n:
                raise error("missing group name", repl, i + 3)
            if j < 0:
                raise error("missing >, unterminated name", repl, i + 3)
            name = repl[i + 3 : j]
            if name == "":
                raise error("missing group name", repl, i + 3)
            if name.isdigit():
                g = int(name)
                if g > pattern.groups:
                    raise error(f"invalid group reference {g}", repl, i + 3)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError(f"unknown group name {name!r}")
                g = pattern.groupindex[name]
            else:
                raise error(f"bad character in group name {name!r}", repl, i + 3)
            i = j + 1
        elif "0" <= e <= "9":
            j = i + 1
            if e == "0":
                k = j + 1
                while k < n and k < j + 3 and "0" <= repl[k] <= "7":
                    k += 1
                buf.append(chr(int(repl[j:k], 8)))
                i = k
                continue
            octal = e <= "7" and j + 2 < n and "0" <= repl[j + 1] <= "7"
            if octal and "0" <= repl[j + 2] <= "7":
                code = int(repl[j : j + 3], 8)
                if code > 0o377:
                    raise error(
                        f"octal escape value \\{repl[j:j + 3]} outside of range 0-0o377",
                        repl,
                        i,
                    )
                buf.append(chr(code))
                i = j + 3
                continue
            k = j + 1
            if k < n and repl[k].isdigit():
                k += 1
            g = int(repl[j:k])
            if g > pattern.groups:
                raise error(f"invalid group reference {g}", repl, i + 1)
            i = k
        elif e in _ESCAPES:
            buf.append(chr(_ESCAPES[e]))
            i += 2
            continue
        elif ("a" <= e <= "z") or ("A" <= e <= "Z"):
            raise error(f"bad escape \\{e}", repl, i)
        else:
            buf.append("\\")
            buf.append(e)
            i += 2
            continue
        if buf:
            pieces.append("".join(buf))
            groups.append(-1)
            buf = []
        pieces.append("")
        groups.append(g)
    if buf:
        pieces.append("".join(buf))
        groups.append(-1)
    return pieces, groups


def _expand(template, text, slots):
    pieces, groups = template
    out = []
    for k in range(len(pieces)):
        g = groups[k]
        if g < 0:
            out.append(pieces[k])
        else:
            out.append(_slot_text(text, slots, g, ""))
    return "".join(out)


def _slot_text(text, slots, g, default):
    """The text of group `g` by its bounds, or `default` when it did not take part."""
    s = slots[2 * g]
    e = slots[2 * g + 1]
    if s < 0 or e < 0:
        return default
    return text[s:e]


_cache = {}


def compile(pattern, flags=0):
    """The compiled pattern (kept for the next compile of the same pattern and flags)."""
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (pattern, flags)
    if key in _cache:
        return _cache[key]
    p = Pattern(pattern, flags)
    if len(_cache) >= 512:
        _cache.clear()
    _cache[key] = p
    return p


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


_SPECIAL_CHARS = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"


def escape(pattern):
    """`pattern` with every character special to a regular expression escaped."""
    out = []
    for c in pattern:
        if c in _SPECIAL_CHARS:
            out.append("\\")
        out.append(c)
    return "".join(out)


def purge():
    _cache.clear()
