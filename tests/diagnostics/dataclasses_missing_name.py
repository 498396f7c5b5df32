# A name natrix's `dataclasses` does not provide.
from dataclasses import dataclass, fields


@dataclass
class P:
    x: int


print([f.name for f in fields(P)])
