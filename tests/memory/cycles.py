"""Millions of short-lived reference cycles: trees whose children point back at their parent,
doubly linked rings, and objects that refer to themselves. Reference counting alone frees
none of them; the cycle collector must, or memory grows without bound."""


class Node:
    def __init__(self, value):
        self.value = value
        self.parent = None
        self.children = []


class Link:
    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None


def tree(width):
    root = Node(0)
    for i in range(width):
        child = Node(i)
        child.parent = root
        root.children.append(child)
    return root


def ring(size):
    first = Link(0)
    last = first
    for i in range(1, size):
        link = Link(i)
        link.prev = last
        last.next = link
        last = link
    last.next = first
    first.prev = last
    return first


def main():
    total = 0
    made = 0
    for _ in range(250_000):
        t = tree(5)
        total += sum(c.value for c in t.children)
        r = ring(4)
        total += r.next.next.value + r.prev.value
        me = Node(1)
        me.parent = me
        total += me.parent.value
        made += 6 + 4 + 1
    print(made, "objects in cycles made;", total)


main()
