"""textwrap: `TextWrapper`, `wrap`, `fill`, `shorten`, `dedent` and `indent`, as CPython 3.11's.

CPython splits text into chunks with regular expressions; here the same chunks are found by
hand: runs of whitespace, em-dashes between words, and words, which break after a hyphen
between letters (`well-` / `known`) when `break_on_hyphens` is set."""

_WHITESPACE = "\t\n\x0b\x0c\r "


def _is_word(c):
    return c.isalnum() or c == "_"


def _is_letter(c):
    return _is_word(c) and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in "!\"'&.,?"


def _letter_at(text, i):
    return 0 <= i < len(text) and _is_letter(text[i])


def _dashes_then_word(text, i):
    """Whether two or more hyphens start at `i` and a word character follows them."""
    j = i
    while j < len(text) and text[j] == "-":
        j += 1
    return j - i >= 2 and j < len(text) and _is_word(text[j])


def _word_end(text, i):
    """The end of the word chunk that starts at `i` (CPython's `wordsep_re`, third branch)."""
    n = len(text)
    p = i + 1
    while True:
        # A hyphen between letters ends the chunk after it.
        if p < n and text[p] == "-":
            behind = (_letter_at(text, p - 2) and _letter_at(text, p - 1)) or (
                _letter_at(text, p - 3)
                and p - 2 >= 0
                and text[p - 2] == "-"
                and _letter_at(text, p - 1)
            )
            ahead = _letter_at(text, p + 1) and (
                _letter_at(text, p + 2)
                or (p + 2 < n and text[p + 2] == "-" and _letter_at(text, p + 3))
            )
            if behind and ahead:
                return p + 1
        if p == n or text[p] in _WHITESPACE:
            return p
        if _is_word_punct(text[p - 1]) and _dashes_then_word(text, p):
            return p
        p += 1


def _hyphenated_chunks(text):
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c in _WHITESPACE:
            j = i
            while j < n and text[j] in _WHITESPACE:
                j += 1
        elif c == "-" and i > 0 and _is_word_punct(text[i - 1]) and _dashes_then_word(text, i):
            j = i
            while text[j] == "-":
                j += 1
        else:
            j = _word_end(text, i)
        chunks.append(text[i:j])
        i = j
    return chunks


def _simple_chunks(text):
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        space = text[i] in _WHITESPACE
        j = i
        while j < n and (text[j] in _WHITESPACE) == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    """CPython's `sentence_end_re`: a lowercase letter, then `.`, `!` or `?`, then maybe a
    quote, at the end."""
    n = len(chunk)
    if n >= 1 and chunk[n - 1] in "\"'":
        n -= 1
    return n >= 2 and chunk[n - 1] in ".!?" and "a" <= chunk[n - 2] <= "z"


class TextWrapper:
    def __init__(
        self,
        width=70,
        initial_indent="",
        subsequent_indent="",
        expand_tabs=True,
        replace_whitespace=True,
        fix_sentence_endings=False,
        break_long_words=True,
        drop_whitespace=True,
        break_on_hyphens=True,
        tabsize=8,
        *,
        max_lines=None,
        placeholder=" [...]",
    ):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in "\t\n\x0b\x0c\r":
                text = text.replace(c, " ")
        return text

    def _split(self, text):
        if self.break_on_hyphens:
            return _hyphenated_chunks(text)
        return _simple_chunks(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            if lines:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]
            while chunks:
                n = len(chunks[-1])
                if cur_len + n <= width:
                    cur_line.append(chunks.pop())
                    cur_len += n
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(len(c) for c in cur_line)
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                last_fits = (
                    not chunks
                    or self.drop_whitespace
                    and len(chunks) == 1
                    and not chunks[0].strip()
                ) and cur_len <= width
                if self.max_lines is None or len(lines) + 1 < self.max_lines or last_fits:
                    lines.append(indent + "".join(cur_line))
                else:
                    placed = False
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + "".join(cur_line))
                            placed = True
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    if not placed:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def dedent(text):
    """Removes the whitespace (spaces and tabs) common to the start of every line that has
    more than whitespace; lines of only spaces and tabs become empty."""
    lines = text.split("\n")
    for k in range(len(lines)):
        if lines[k] and lines[k].strip(" \t") == "":
            lines[k] = ""
    margin = None
    for line in lines:
        j = 0
        while j < len(line) and line[j] in " \t":
            j += 1
        if j == len(line):
            continue
        indent = line[:j]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for i in range(min(len(margin), len(indent))):
                if margin[i] != indent[i]:
                    margin = margin[:i]
                    break
    if margin:
        for k in range(len(lines)):
            if lines[k].startswith(margin):
                lines[k] = lines[k][len(margin):]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    prefixed = []
    for line in text.splitlines(True):
        if predicate is None:
            keep = line.strip() != ""
        else:
            keep = predicate(line)
        prefixed.append(prefix + line if keep else line)
    return "".join(prefixed)
