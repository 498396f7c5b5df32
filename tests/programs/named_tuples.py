# Named tuples, both spellings: collections.namedtuple and typing.NamedTuple subclasses with
# defaults and methods; construction by position or keyword, fields, unpacking, indexing,
# ordering, hashing, _asdict and _replace, and typing annotations everywhere.
from collections import namedtuple
from typing import List, NamedTuple, Optional, Dict
import collections

Point = namedtuple("Point", "x y")
Color = collections.namedtuple("Color", ["name", "hex"])


class Employee(NamedTuple):
    name: str
    dept: str
    salary: int = 50000

    def raise_by(self, pct: int) -> "Employee":
        return self._replace(salary=self.salary * (100 + pct) // 100)


def centroid(points: List[Point]) -> Point:
    n = len(points)
    return Point(sum(p.x for p in points) // n, sum(p.y for p in points) // n)


pts = [Point(1, 2), Point(3, 4), Point(x=5, y=0)]
print(pts[0], pts[2].x, centroid(pts), sorted(pts, reverse=True)[0], len(pts[0]))
x, y = pts[1]
print(x, y, pts[1][0], pts[1][-1], list(pts[0]), pts[0] == Point(1, 2), Point._fields)
seen: Dict[Point, int] = {p: i for i, p in enumerate(pts)}
print(seen[Point(3, 4)], pts[0]._asdict(), pts[0]._replace(y=9))
red = Color("red", "#f00")
print(red, red.name, red._replace(hex="#ff0000"))
staff = [Employee("ann", "eng", 120000), Employee("bob", "ops")]
for e in staff:
    print(e, e.raise_by(10).salary)
best: Optional[Employee] = max(staff, key=lambda e: e.salary)
print(best.name, Employee("cy", "eng") < Employee("cy", "ops"))
print(pts[0][2])
