# A name natrix's `dataclasses` does not provide.
from dataclasses import dataclass, is_dataclass


@dataclass
class P:
    x: int


print(is_dataclass(P))
