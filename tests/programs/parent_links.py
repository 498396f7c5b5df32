class Node:
    def __init__(self, value, parent):
        self.value = value
        self.parent = parent
        self.children = []


def build(depth, parent):
    n = Node(depth, parent)
    if depth > 0:
        for _ in range(2):
            n.children.append(build(depth - 1, n))
    return n


total = 0
for i in range(3000):
    root = build(6, None)
    total += len(root.children[0].children)
print(total)
