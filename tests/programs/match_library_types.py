"""match against the library's types: named tuples are tuples (`case tuple()`,
isinstance), Counter and OrderedDict are dicts (mapping patterns), `**rest` of a subject
that is a dict only sometimes, isinstance narrowing an optional dict, and a dataclass with
match_args=False (CPython's TypeError for a positional sub-pattern)."""
from collections import Counter, OrderedDict, namedtuple
from dataclasses import dataclass
from typing import NamedTuple

Point = namedtuple("Point", "x y")


class Span(NamedTuple):
    start: int
    end: int


def shape(v):
    match v:
        case tuple():
            return "tuple"
        case list():
            return "list"
        case _:
            return "other"


print(shape(Point(1, 2)), shape(Span(0, 3)), shape((1,)), shape([1]), shape("s"))
print(isinstance(Point(1, 2), tuple), isinstance(Span(1, 2), (list, tuple)))

letters = Counter("abracadabra")
order = OrderedDict([("first", 1), ("second", 2)])
print(isinstance(letters, dict), isinstance(order, dict))
print([isinstance(m, dict) for m in [Counter("a"), OrderedDict(), 3, {"k": 1}, "s"]])
match letters:
    case {"a": n, "b": m}:
        print("a and b", n, m)
match order:
    case {"first": f, **others}:
        print("first", f, "then", others)

events = [{"kind": "key", "code": 13, "shift": True}, "noise", {"kind": "tick"}, None]
for e in events:
    match e:
        case {"kind": "key", **details}:
            print("key with", sorted(details))
        case {"kind": k}:
            print("event", k)
        case None:
            print("nothing")
        case other:
            print("unknown", other)


def lookup(table, key):
    entry = table.get(key)
    if isinstance(entry, dict):
        return sorted(dict(entry))
    return []


tables = {"a": {"x": 1, "y": 2}}
print(lookup(tables, "a"), lookup(tables, "b"))


@dataclass(match_args=False)
class Config:
    name: str
    level: int


match Config("debug", 3):
    case Config(name="debug", level=lv):
        print("debug level", lv)
match Config("info", 1):
    case Config(n, lv):
        print("never", n, lv)
