"""New containers one item larger than an old one, as backtracking searches build them:
`path + [node]` and `seen | {node}` leave the old list or set unchanged, keep CPython's
iteration order, and work with frozensets and with operands that change each other."""


def queens(n, row=0, cols=[], diag=frozenset(), anti=frozenset()):
    if row == n:
        yield cols
        return
    for c in range(n):
        if c not in cols and row + c not in diag and row - c not in anti:
            yield from queens(n, row + 1, cols + [c], diag | {row + c}, anti | {row - c})


def paths(graph, node, goal, path, seen):
    if node == goal:
        return [path]
    found = []
    for nxt in graph[node]:
        if nxt not in seen:
            found += paths(graph, nxt, goal, path + [nxt], seen | {nxt})
    return found


def main():
    sols = list(queens(6))
    print(len(sols), sols[0])

    graph = {0: [1, 2], 1: [2, 3], 2: [3], 3: [4, 0], 4: []}
    for p in paths(graph, 0, 4, [0], {0}):
        print(p)

    # The set grows past several table sizes; its order must stay CPython's.
    s = set()
    for i in range(60):
        s = s | {i * 37 % 101}
        if i % 7 == 0:
            print(len(s), list(s)[:10])
    words = set()
    for w in "the quick brown fox jumps over the lazy dog the end".split():
        words = words | {w}
    print(len(words), sorted(words))

    # Old containers are untouched; elements are converted to the container's type.
    base = [1.5]
    longer = base + [2]
    print(base, longer)
    fs = frozenset({1, 2})
    print(sorted(fs | {3}), type(fs | {3}).__name__, sorted(fs))
    xs = [1, 2, 3]
    ys = xs + [xs.pop()]
    print(xs, ys)
    empty = set()
    print(empty | {0}, [] + ["x"])


main()
