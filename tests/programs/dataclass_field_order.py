"""A dataclass field without a default after one with: CPython's TypeError when the class
is made (the program stops there; the output before it stands)."""
from dataclasses import dataclass
print("before")


@dataclass
class S:
    total: float = 0.0
    region: str


print(S(1.0, "r"))
