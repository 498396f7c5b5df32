"""Enum classes with a mixin class of the program among their bases."""

from enum import Enum, IntEnum


class DescribedMixin:
    def describe(self):
        return f"{self.name.lower()} ({self.value})"

    @property
    def label(self):
        return self.name.title()


class Color(DescribedMixin, Enum):
    RED = 1
    GREEN = 2


class Level(DescribedMixin, IntEnum):
    LOW = 1
    HIGH = 5


print(Color.RED.describe(), Color.GREEN.label, [c.describe() for c in Color])
print(Level.HIGH.describe(), Level.LOW.label, Level(5), Color(2))
print(isinstance(Color.RED, DescribedMixin), Color.RED is Color(1))
