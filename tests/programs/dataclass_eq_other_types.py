"""A dataclass compared with a value of another type is not equal to it (its generated
`__eq__` returns NotImplemented), whatever the static types say."""
from dataclasses import dataclass
from typing import Optional


@dataclass
class Money:
    amount: int
    currency: str = "EUR"


@dataclass(frozen=True)
class Key:
    name: str


def find(wallet, wanted):
    for m in wallet:
        if m == wanted:
            return m
    return None


m = Money(5)
print(m == Money(5), m == (5, "EUR"), m == 5, m != "5 EUR", m == None)
maybe: Optional[Money] = None
print(m == maybe, Money(5, "USD") == m)
maybe = Money(5)
print(m == maybe, find([Money(1), Money(5)], Money(5)), find([Money(1)], Money(5)))
print(Key("a") == Key("a"), Key("a") == "a", {Key("a"): 1}.get(Key("a")))
