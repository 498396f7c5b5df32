"""Formatting help text and reports with textwrap: wrap and fill with indents, hyphenated
and long words, shorten with a placeholder, dedent of indented literals, indent with and
without a predicate, max_lines, sentence endings and tabs."""
import textwrap
from textwrap import TextWrapper, dedent

OPTIONS = [
    ("--output", "Write the generated report to this file instead of standard output; "
                 "the directory must already exist."),
    ("--state-of-the-art", "Use the state-of-the-art, well-known algorithm -- slower but "
                           "more accurate on pathological inputs."),
    ("--verbose", "Print progress.  Twice for debugging output."),
    ("--url", "Fetch https://example.com/a/very/long/path/that/cannot/be/broken/anywhere"),
]

print("usage: tool [options]\n")
for flag, text in OPTIONS:
    print(textwrap.fill(text, width=60, initial_indent=f"  {flag:<20}",
                        subsequent_indent=" " * 22))

wrapper = TextWrapper(width=30, break_long_words=False, break_on_hyphens=False)
for flag, text in OPTIONS:
    print(wrapper.wrap(text))

print(textwrap.wrap("A well-known e-mail re-re-run x--y co-op 1-2", width=12))
print(textwrap.wrap("abcdefghijklmnopqrstuvwxyz" * 2, 20))
print(textwrap.wrap("   leading and trailing   ", 10, drop_whitespace=False))
print(textwrap.wrap("Dr. Smith arrived. He sat down! Was it late? \"Yes.\" Fine", 25,
                    fix_sentence_endings=True))
print(textwrap.wrap("col1\tcol2\tcol3", 12, tabsize=4))
print(textwrap.wrap("", 10), textwrap.fill("   ", 10) == "")

summary = "The quick brown fox jumps over the lazy dog and keeps running far away"
for width in (15, 25, 40, 100):
    print(repr(textwrap.shorten(summary, width)))
print(textwrap.shorten(summary, 30, placeholder="..."))
print(TextWrapper(width=20, max_lines=2, placeholder=" (more)").fill(summary))

block = """\
    def greet(name):
        print("hello", name)
\t
    greet("world")
"""
print(dedent(block))
print(repr(dedent("  a\n\t b\n")), repr(dedent("\n   x\n   \n     y")))
print(textwrap.indent("one\n\ntwo\n", "> "))
print(textwrap.indent("one\n\ntwo\n", "+ ", lambda line: True), end="")
print(textwrap.indent("keep\nskip me\n", "# ", predicate=lambda line: "skip" not in line), end="")

try:
    textwrap.wrap("text", width=0)
except ValueError as e:
    print("ValueError:", e)
try:
    TextWrapper(width=5, max_lines=1, placeholder=" [truncated]").fill("some words here")
except ValueError as e:
    print("ValueError:", e)
