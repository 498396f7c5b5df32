"""Dataclasses that reach themselves (rooms linked both ways, a node in its own list): the
generated __repr__ prints `...` for an instance it is already printing, as CPython's."""
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Room:
    name: str
    exits: dict = field(default_factory=dict)


@dataclass
class Node:
    label: str
    links: list = field(default_factory=list)
    parent: Optional["Node"] = None


hall = Room("hall")
kitchen = Room("kitchen")
hall.exits["north"] = kitchen
kitchen.exits["south"] = hall
print(hall)
print(kitchen.exits)

a = Node("a")
a.links.append(a)
print(a)
b = Node("b", parent=a)
a.links.append(b)
print(b)
print([a, b])

pair = [Node("x"), Node("y")]
pair[0].parent = pair[1]
pair[1].parent = pair[0]
print(pair[0])
print(repr(pair[1]) == "Node(label='y', links=[], parent=Node(label='x', links=[], parent=...))")
print(Node("plain"), Room("empty"))
