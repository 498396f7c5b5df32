"""namedtuple(..., defaults=[...]): the defaults apply to the last fields."""
from collections import namedtuple
import collections
Span = namedtuple("Span", "start end label", defaults=[None, "x"])
Opt = collections.namedtuple("Opt", ["name", "value", "weight"], defaults=(0, -1.5))
s = Span(1)
print(s, Span(1, 2), Span(1, 2, "y"), s.end is None)
print(Opt("a"), Opt("b", 3), Opt("c", 1, 2.0) > Opt("c", 1, 1.0))
print(Span._fields, len(s), tuple(s))
