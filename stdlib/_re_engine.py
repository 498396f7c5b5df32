"""The engine of `re` (`stdlib/re.py`): character classes, the program a pattern compiles to,
and the backtracking machine that runs it.

The machine tries alternatives in the order CPython's engine does (greedy repeats longest
first, lazy ones shortest first, alternation left to right), so every match and group is
CPython's. It works on the text's code points, with an explicit stack of choices and undo
entries: a long text needs no deep recursion."""

_AT_BEGIN = 1
_AT_BEGIN_LINE = 2
_AT_END = 3
_AT_END_LINE = 4
_AT_BEGIN_STRING = 5
_AT_END_STRING = 6
_AT_BOUNDARY = 7
_AT_NON_BOUNDARY = 8


class _CharSet:
    """A character class: ranges of code points, categories, negation."""

    def __init__(self):
        self.ranges = []  # lo, hi pairs, flattened
        self.cats = []  # _CAT_ kinds
        self.negated = False
        self.ignore_case = False
        self.ascii = False
        # Whether each ASCII character matches (made when the pattern is compiled).
        self.table = []


_CAT_DIGIT = 1
_CAT_NOT_DIGIT = 2
_CAT_WORD = 3
_CAT_NOT_WORD = 4
_CAT_SPACE = 5
_CAT_NOT_SPACE = 6

_ASCII_WORD = [
    ("a" <= chr(c) <= "z") or ("A" <= chr(c) <= "Z") or ("0" <= chr(c) <= "9") or c == 95
    for c in range(128)
]


def _is_word(c, ascii):
    if c < 128:
        return _ASCII_WORD[c]
    if ascii:
        return False
    ch = chr(c)
    return ch.isalnum() or ch == "_"


def _is_digit(c, ascii):
    if c < 128:
        return 48 <= c <= 57
    return not ascii and chr(c).isdecimal()


def _is_space(c, ascii):
    if c < 128:
        return c == 32 or 9 <= c <= 13 or 28 <= c <= 31
    return not ascii and chr(c).isspace()


def _in_cat(cat, c, ascii):
    if cat == _CAT_DIGIT:
        return _is_digit(c, ascii)
    if cat == _CAT_NOT_DIGIT:
        return not _is_digit(c, ascii)
    if cat == _CAT_WORD:
        return _is_word(c, ascii)
    if cat == _CAT_NOT_WORD:
        return not _is_word(c, ascii)
    if cat == _CAT_SPACE:
        return _is_space(c, ascii)
    return not _is_space(c, ascii)


def _set_has(cs, c):
    """Whether code point `c` is in the set (before negation)."""
    r = cs.ranges
    for k in range(0, len(r), 2):
        if r[k] <= c <= r[k + 1]:
            return True
    for cat in cs.cats:
        if _in_cat(cat, c, cs.ascii):
            return True
    return False


def _set_matches(cs, c):
    if c < 128 and cs.table:
        return cs.table[c]
    found = _set_has(cs, c)
    if not found and cs.ignore_case:
        lo = _lower(c)
        up = _upper(c)
        found = (lo != c and _set_has(cs, lo)) or (up != c and _set_has(cs, up))
    return found != cs.negated


def _lower(c):
    if 65 <= c <= 90:
        return c + 32
    if c < 128:
        return c
    low = chr(c).lower()
    return ord(low) if len(low) == 1 else c


def _upper(c):
    if 97 <= c <= 122:
        return c - 32
    if c < 128:
        return c
    up = chr(c).upper()
    return ord(up) if len(up) == 1 else c


# ---- the program ----

_OP_CHAR = 1  # a: code point
_OP_CHAR_I = 2  # a: code point, lower case
_OP_ANY = 3
_OP_ANY_ALL = 4
_OP_SET = 5  # a: class index
_OP_SPLIT = 6  # a: first choice, b: second
_OP_JUMP = 7  # a: target
_OP_SAVE = 8  # a: slot
_OP_MATCH = 9
_OP_AT = 10  # a: kind
_OP_BACKREF = 11  # a: group, b: 1 when ignoring case
_OP_LOOK = 12  # a: sub-program start, b: 1 when negative, c: width behind (-1 ahead)
_OP_MARK = 13  # a: register (the position a loop iteration started at)
_OP_CHECK = 14  # a: register, b: where to go when the iteration matched nothing
_OP_REPEAT_ONE = 15  # a: min, b: max (-1: none), c: 1 when lazy; next: the character test

# Kinds of backtracking entries (four ints each).
_BT_BRANCH = 1  # pc, pos
_BT_SLOT = 2  # slot, old value
_BT_GREEDY = 3  # pc of the REPEAT_ONE, current end, least end
_BT_LAZY = 4  # pc of the REPEAT_ONE, current end, most end (-1: the text's end)


class _Program:
    def __init__(self):
        self.ops = []
        self.a = []
        self.b = []
        self.c = []
        self.sets = []
        self.registers = 0
        self.nslots = 0

    def emit(self, op, a=0, b=0, c=0):
        self.ops.append(op)
        self.a.append(a)
        self.b.append(b)
        self.c.append(c)
        return len(self.ops) - 1


# ---- the machine ----


def _test_one(prog, pc, c):
    """Whether the character test at `pc` accepts code point `c`."""
    op = prog.ops[pc]
    if op == _OP_CHAR:
        return c == prog.a[pc]
    if op == _OP_CHAR_I:
        return _lower(c) == prog.a[pc] or _upper(c) == _upper(prog.a[pc])
    if op == _OP_ANY:
        return c != 10
    if op == _OP_ANY_ALL:
        return True
    return _set_matches(prog.sets[prog.a[pc]], c)


def _at(kind, codes, pos, end, ascii):
    if kind == _AT_BEGIN or kind == _AT_BEGIN_STRING:
        return pos == 0
    if kind == _AT_BEGIN_LINE:
        return pos == 0 or codes[pos - 1] == 10
    if kind == _AT_END:
        return pos == end or (pos == end - 1 and codes[pos] == 10)
    if kind == _AT_END_LINE:
        return pos == end or codes[pos] == 10
    if kind == _AT_END_STRING:
        return pos == end
    before = pos > 0 and _is_word(codes[pos - 1], ascii)
    after = pos < end and _is_word(codes[pos], ascii)
    if kind == _AT_BOUNDARY:
        return before != after
    return before == after


_NO_REGISTERS = [0]


def _run(prog, codes, pc, pos, end, slots, target, avoid, ascii):
    """Runs the program from `pc` at `pos`: the end of the match, or -1. `slots` holds the
    group bounds (updated); `target`: where the match must end (-1: anywhere; a full match's
    `end`, a lookbehind's position); `avoid`: a position an
    empty match may not end at (after an empty match there), or -1."""
    ops = prog.ops
    pa = prog.a
    pb = prog.b
    pcs = prog.c
    regs = [-1] * prog.registers if prog.registers else _NO_REGISTERS
    stack = []
    start = pos
    while True:
        op = ops[pc]
        ok = True
        if op == _OP_CHAR:
            if pos < end and codes[pos] == pa[pc]:
                pos += 1
                pc += 1
            else:
                ok = False
        elif op == _OP_SET or op == _OP_ANY or op == _OP_CHAR_I or op == _OP_ANY_ALL:
            if pos < end and _test_one(prog, pc, codes[pos]):
                pos += 1
                pc += 1
            else:
                ok = False
        elif op == _OP_REPEAT_ONE:
            lo = pa[pc]
            hi = pb[pc]
            limit = end if hi < 0 else min(end, pos + hi)
            if pcs[pc]:
                least = pos + lo
                if least > limit:
                    ok = False
                else:
                    k = pos
                    while k < least and _test_one(prog, pc + 1, codes[k]):
                        k += 1
                    if k < least:
                        ok = False
                    else:
                        stack.append(_BT_LAZY)
                        stack.append(pc)
                        stack.append(k)
                        stack.append(limit)
                        pos = k
                        pc += 2
            else:
                k = pos
                if ops[pc + 1] == _OP_ANY_ALL:
                    k = limit
                else:
                    while k < limit and _test_one(prog, pc + 1, codes[k]):
                        k += 1
                if k < pos + lo:
                    ok = False
                else:
                    if k > pos + lo:
                        stack.append(_BT_GREEDY)
                        stack.append(pc)
                        stack.append(k)
                        stack.append(pos + lo)
                    pos = k
                    pc += 2
        elif op == _OP_SPLIT:
            stack.append(_BT_BRANCH)
            stack.append(pb[pc])
            stack.append(pos)
            stack.append(0)
            pc = pa[pc]
        elif op == _OP_JUMP:
            pc = pa[pc]
        elif op == _OP_SAVE:
            slot = pa[pc]
            stack.append(_BT_SLOT)
            stack.append(slot)
            stack.append(slots[slot])
            stack.append(0)
            slots[slot] = pos
            if slot & 1 and slot > 1:
                last = len(slots) - 1
                stack.append(_BT_SLOT)
                stack.append(last)
                stack.append(slots[last])
                stack.append(0)
                slots[last] = slot >> 1
            pc += 1
        elif op == _OP_MATCH:
            if (target >= 0 and pos != target) or (pos == avoid and pos == start):
                ok = False
            else:
                return pos
        elif op == _OP_AT:
            if _at(pa[pc], codes, pos, end, ascii):
                pc += 1
            else:
                ok = False
        elif op == _OP_BACKREF:
            g = pa[pc]
            gs = slots[2 * g]
            ge = slots[2 * g + 1]
            if gs < 0 or ge < 0:
                ok = False
            else:
                n = ge - gs
                if pos + n > end:
                    ok = False
                else:
                    for k in range(n):
                        x = codes[gs + k]
                        y = codes[pos + k]
                        if x != y and not (pb[pc] and _lower(x) == _lower(y)):
                            ok = False
                            break
                    if ok:
                        pos += n
                        pc += 1
        elif op == _OP_LOOK:
            width = pcs[pc]
            saved = slots[:]
            found = False
            if width < 0:
                found = _run(prog, codes, pa[pc], pos, end, slots, -1, -1, ascii) >= 0
            elif pos - width >= 0:
                # (The text after `pos` stays visible: `\b` and `$` look at it.)
                found = _run(prog, codes, pa[pc], pos - width, end, slots, pos, -1, ascii) >= 0
            if pb[pc]:
                slots[:] = saved
                found = not found
            if found:
                pc += 1
            else:
                ok = False
        elif op == _OP_MARK:
            r = pa[pc]
            stack.append(_BT_SLOT)
            stack.append(-1 - r)
            stack.append(regs[r])
            stack.append(0)
            regs[r] = pos
            pc += 1
        else:
            # _OP_CHECK: an iteration that matched nothing ends the loop.
            if regs[pa[pc]] == pos:
                pc = pb[pc]
            else:
                pc += 1
        if ok:
            continue
        # Backtrack to the latest choice.
        while True:
            if not stack:
                return -1
            z = stack.pop()
            y = stack.pop()
            x = stack.pop()
            kind = stack.pop()
            if kind == _BT_SLOT:
                if x >= 0:
                    slots[x] = y
                else:
                    regs[-1 - x] = y
            elif kind == _BT_BRANCH:
                pc = x
                pos = y
                break
            elif kind == _BT_GREEDY:
                k = y - 1
                if k > z:
                    stack.append(_BT_GREEDY)
                    stack.append(x)
                    stack.append(k)
                    stack.append(z)
                pos = k
                pc = x + 2
                break
            else:
                if y < z and _test_one(prog, x + 1, codes[y]):
                    stack.append(_BT_LAZY)
                    stack.append(x)
                    stack.append(y + 1)
                    stack.append(z)
                    pos = y + 1
                    pc = x + 2
                    break
