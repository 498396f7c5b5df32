"""Binary trees (the Computer Language Benchmarks Game task): allocate and walk many
short-lived complete binary trees and one long-lived one; N is the maximum depth."""

N = 14


class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right


def make_tree(depth):
    if depth == 0:
        return Node(None, None)
    depth -= 1
    return Node(make_tree(depth), make_tree(depth))


def check(node):
    if node.left is None:
        return 1
    return 1 + check(node.left) + check(node.right)


def main():
    min_depth = 4
    max_depth = max(min_depth + 2, N)
    stretch_depth = max_depth + 1
    print(f"stretch tree of depth {stretch_depth}\t check: {check(make_tree(stretch_depth))}")
    long_lived = make_tree(max_depth)
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 2 ** (max_depth - depth + min_depth)
        total = 0
        for _ in range(iterations):
            total += check(make_tree(depth))
        print(f"{iterations}\t trees of depth {depth}\t check: {total}")
    print(f"long lived tree of depth {max_depth}\t check: {check(long_lived)}")


if __name__ == "__main__":
    main()
