"""Enum kinds: str and int mixins, StrEnum, @unique, members with their own __init__ and
properties, enums inside dataclasses, sets and dict keys."""
import enum
from dataclasses import dataclass, field
from enum import Enum, StrEnum, unique


class Status(str, enum.Enum):
    ACTIVE = "active"
    CLOSED = "closed"


class Mode(StrEnum):
    READ = enum.auto()
    WRITE = enum.auto()


@unique
class Suit(enum.Enum):
    HEARTS = "♥"
    SPADES = "♠"

    @property
    def red(self):
        return self is Suit.HEARTS

    @classmethod
    def reds(cls):
        return [s for s in cls if s.red]


class World(enum.Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    @property
    def gravity(self):
        mass, radius = self.value
        return 6.673e-11 * mass / (radius * radius)


@dataclass
class Ticket:
    title: str
    status: Status = Status.ACTIVE
    tags: list = field(default_factory=list)


print(Status.ACTIVE, repr(Status.CLOSED), Status.ACTIVE == "active", f"{Status.CLOSED}")
print(Status("closed"), Status.ACTIVE.value.upper())
print(Mode.READ, repr(Mode.WRITE), Mode.READ == "read", f"[{Mode.WRITE}]", len(Mode.READ))
print(Suit.HEARTS.red, Suit.reds(), Suit("♠"))
for p in World:
    print(p.name, f"{p.gravity:.2f}")
t = Ticket("bug")
print(t)
t.status = Status.CLOSED
print(t.status.name, t)
seen = {Suit.HEARTS, Suit.HEARTS, Suit.SPADES}
print(len(seen), Suit.HEARTS in seen)
by_status = {}
for tk in [Ticket("a"), Ticket("b", Status.CLOSED), Ticket("c")]:
    by_status.setdefault(tk.status, []).append(tk.title)
print(by_status)
try:
    print(Suit.HEARTS < Suit.SPADES)
except TypeError as e:
    print("TypeError:", e)

class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


class Op(Enum):
    ADD = "+"
    SUB = "-"

    def __init__(self, symbol):
        self.symbol = symbol * 2


for p in Planet:
    print(p, p.mass, f"{p.surface_gravity:.3f}")
print(Planet((5.976e24, 6.37814e6)), [o.symbol for o in Op])

import copy
from enum import IntEnum


# A memberless enum base shares its methods and classmethods with the enums deriving from it.
class Describable(Enum):
    def describe(self):
        return f"{type(self).__name__}.{self.name} = {self.value!r}"

    @classmethod
    def choices(cls):
        return "|".join(m.name.lower() for m in cls)


class Fruit(Describable):
    APPLE = "apple"
    CHERRY = "cherry"


class Veg(Describable):
    CARROT = 1
    LEEK = 2

    @classmethod
    def _missing_(cls, value):
        return cls.CARROT if value == 0 else None


print(Fruit.APPLE.describe(), Veg.LEEK.describe(), Fruit.choices(), Veg.choices())
print(Veg(0), Veg(Veg.LEEK), copy.copy(Fruit.APPLE) is Fruit.APPLE)
state = {"basket": [Fruit.APPLE, Veg.LEEK], "best": Fruit.CHERRY}
clone = copy.deepcopy(state)
print(clone["basket"][0] is Fruit.APPLE, clone == state, clone["best"] in {Fruit.CHERRY: 1})
try:
    Veg(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Fruit.APPLE = "pear"
except AttributeError as e:
    print("AttributeError:", e)
try:
    Fruit.CHERRY.value = "x"
except AttributeError as e:
    print("AttributeError:", e)
print(Fruit.APPLE)


class Coin(IntEnum):
    PENNY = 1
    NICKEL = 5
    DIME = 10

    def __str__(self):
        return f"{self.name.lower()}({self.value}c)"


print(f"{Coin.DIME}", f"{Coin.DIME:>6}|", str(Coin.NICKEL), repr(Coin.PENNY))
slots = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"]
print(list(range(Coin.NICKEL)), slots[Coin.PENNY:Coin.NICKEL], slots[Coin.DIME])
print(Mode.READ.upper(), "e" in Mode.WRITE, Mode.READ * 2, Mode.WRITE[0], Mode.READ.startswith("r"))
print(Status.ACTIVE.upper(), Status.CLOSED.replace("c", "C"), len(Status.ACTIVE))
print(isinstance(Coin.DIME, int), isinstance(Mode.READ, str), isinstance(Status.ACTIVE, str))
print(isinstance(Fruit.APPLE, str), isinstance(Coin.DIME, (str, float)), isinstance(Coin.DIME, Coin))

from typing import Optional


class Kind(Enum):
    BISHOP = "b"
    QUEEN = "q"


@dataclass
class Piece:
    kind: Kind


@dataclass
class Move:
    promo: Optional[Kind] = None


def promote(m: Move) -> Piece:
    if m.promo is not None:
        return Piece(m.promo)
    return Piece(Kind.BISHOP)


piece = promote(Move(Kind.QUEEN))
print(piece.kind in (Kind.BISHOP, Kind.QUEEN), piece.kind not in (Kind.BISHOP,))


class Hand(IntEnum):
    PAIR = 1
    FLUSH = 5


for v in [Hand.FLUSH, Coin.DIME, Coin.PENNY]:
    print(int(v), float(v), v + 1)
