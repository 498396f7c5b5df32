# `object.__setattr__` needs the attribute's name written as a string.
from dataclasses import dataclass


@dataclass(frozen=True)
class Reading:
    raw: int
    scaled: int = 0

    def __post_init__(self):
        name = "scaled"
        object.__setattr__(self, name, self.raw * 10)


print(Reading(4))
