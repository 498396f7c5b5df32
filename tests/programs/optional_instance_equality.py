"""`==` of an instance that may be None, whose class defines __eq__: None equals only None
(the method is not called on it); and a subclass instance on the right answers first even
when it inherits the method."""
from typing import Optional


class Item:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        if not isinstance(other, Item):
            return NotImplemented
        return self.name == other.name


def find(items, name) -> Optional[Item]:
    for it in items:
        if it.name == name:
            return it
    return None


stock = [Item("bolt"), Item("nut")]
missing = find(stock, "gear")
present = find(stock, "nut")
print(missing == None, missing != None, present == None, present != None)
print(missing == Item("nut"), missing != Item("nut"), present == Item("nut"), present != Item("x"))
print(missing == missing, present == present, missing == present, present == missing)


class Node:
    def __init__(self, tag):
        self.tag = tag

    def __eq__(self, other):
        if not isinstance(other, Node):
            return NotImplemented
        return self.tag.startswith(other.tag)

    def __lt__(self, other):
        return len(self.tag) < len(other.tag)

    def __gt__(self, other):
        return len(self.tag) > len(other.tag) + 1


class Leaf(Node):
    pass


n, leaf = Node("ab"), Leaf("abc")
print(n == leaf, n != leaf, leaf == n, n < leaf, leaf > n)
