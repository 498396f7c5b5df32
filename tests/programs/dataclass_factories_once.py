"""Dataclass defaults as CPython makes them: a default factory expression is evaluated once,
when the class is made (a ticket counter, a shared registry maker), and a field's default
replaced by a property of the same name is the property's (the validating setter runs)."""
import itertools
from dataclasses import dataclass, field

made = []


def make_factory(kind):
    made.append(kind)
    return lambda: [kind]


@dataclass
class Ticket:
    title: str
    seq: int = field(default_factory=itertools.count(1).__next__)
    tags: list = field(default_factory=make_factory("new"))


@dataclass
class Urgent(Ticket):
    level: int = 1


tickets = [Ticket("printer"), Ticket("network", tags=["ops"]), Urgent("fire", level=3), Ticket("coffee")]
for t in tickets:
    print(t)
print("factory made", len(made), "times:", made)
tickets[0].tags.append("seen")
print(tickets[0].tags, tickets[3].tags)


@dataclass
class Recipe:
    name: str
    price: float = 0.0
    servings: int = 1

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, value):
        if value < 0:
            raise ValueError(f"negative price for {self.name}")
        self._price = round(value, 2)

    def per_serving(self):
        return round(self.price / self.servings, 2)


cake = Recipe("cake", 24.555, 8)
print(cake.price, cake.per_serving(), cake)
cake.price = 3.14159
print(cake.price, cake)
try:
    Recipe("bad", -1.0)
except ValueError as e:
    print("ValueError:", e)


class Account:
    balance = 0

    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    @property
    def balance(self):
        return self._cents / 100

    @balance.setter
    def balance(self, amount):
        self._cents = round(amount * 100)


acct = Account("ana", 12.345)
acct.balance += 1
print(acct.owner, acct.balance, acct._cents)
