# Class attributes as defaults that instances override with values of another type:
# `parent = None` in the class body, a node object on some instances.
from dataclasses import dataclass
from typing import Optional


class TreeNode:
    parent = None
    label = None
    weight = 1

    def __init__(self, name):
        self.name = name
        self.children = []

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child

    def path(self):
        parts = []
        node = self
        while node is not None:
            parts.append(node.name)
            node = node.parent
        return "/".join(reversed(parts))

    def describe(self):
        tag = self.label if self.label is not None else "-"
        return f"{self.name}[{tag}] w={self.weight}"


root = TreeNode("root")
usr = root.add(TreeNode("usr"))
lib = usr.add(TreeNode("lib"))
lib.label = "libraries"
lib.weight = 2.5
print(lib.path(), usr.path(), root.parent, TreeNode.parent)
for n in (root, usr, lib):
    print(n.describe())
print(TreeNode.label, TreeNode.weight)


@dataclass
class Account:
    owner: Optional[str] = None
    limit: Optional[int] = None

    def summary(self):
        who = self.owner or "nobody"
        return f"{who}: {'no limit' if self.limit is None else self.limit}"


print(Account("bob"), Account(owner="ann", limit=50))
print(Account("carl").summary(), Account(limit=10).summary())
print(lib.parent.parent.name, root.label.upper())
