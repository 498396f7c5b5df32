# A name natrix's `dataclasses` does not provide.
from dataclasses import dataclass, asdict


@dataclass
class P:
    x: int


print(asdict(P(1)))
