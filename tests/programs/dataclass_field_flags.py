"""Dataclass fields left out of the generated methods: `field(compare=False)` (a cache or a
note that must not affect equality, ordering or hashing) and `field(repr=False)`."""
from dataclasses import dataclass, field


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    tags: list = field(default_factory=list, compare=False)
    note: str = field(default="", repr=False, compare=False)


@dataclass(frozen=True)
class Key:
    name: str
    cache: int = field(default=0, compare=False, repr=True)


v1 = Version(1, 2, ["beta"], "first")
v2 = Version(1, 2)
print(v1, v2, v1 == v2, v1 < Version(1, 3))
print(sorted([Version(2), v1, Version(0, 9)]))
print(v1.note, repr(v2.note))
print(Key("a", 1) == Key("a", 2), len({Key("a", 1), Key("a", 5)}), Key("b"))
