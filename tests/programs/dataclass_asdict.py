"""dataclasses.asdict and astuple: nested dataclasses become dicts (tuples), recursively
through lists, a subclass with its own fields, and the lists they return are new."""
from dataclasses import dataclass, field, asdict, astuple
import dataclasses


@dataclass
class Address:
    city: str
    zip: str = "00000"


@dataclass
class Person:
    name: str
    age: int
    address: Address
    tags: list = field(default_factory=list)


@dataclass
class Employee(Person):
    salary: float = 0.0


ada = Person("Ada", 36, Address("London"), ["math", "code"])
print(asdict(ada))
print(astuple(ada))
bob = Employee("Bob", 41, Address("Paris", "75001"), [], 5000.0)
print(asdict(bob))
print(dataclasses.asdict(Address("Rome")), dataclasses.astuple(Address("Oslo", "0150")))
team = [asdict(p) for p in [ada, bob]]
print([d["name"] for d in team], team[1]["address"]["city"])
d = asdict(ada)
d["tags"].append("new")
print(ada.tags, d["tags"])
