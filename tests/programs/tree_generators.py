# Recursive generators over trees whose links start as None, and class names
# read through `__class__`.


class Node:
    def __init__(self, key, left=None, right=None):
        self.key = key
        self.left = left
        self.right = right

    def __repr__(self):
        return f"{self.__class__.__name__}({self.key})"


class Leaf(Node):
    pass


def inorder(n):
    if n:
        yield from inorder(n.left)
        yield n.key
        yield from inorder(n.right)


def depth_marks(n):
    # Called on a node whose `left` is only ever None: the recursion below it
    # never runs, but it must still compile.
    if n:
        yield from depth_marks(n.left)
    yield 1


def main():
    tree = Node(5, Node(3, Node(1), Node(4)), Node(8, None, Node(9)))
    print(list(inorder(tree)), sum(inorder(tree)))
    print(list(depth_marks(Leaf(7))), [Leaf(2), Node(6)])
    print(type(tree.left).__name__, tree.left.__class__.__name__)


main()
