"""Recursion that grows a tuple argument (prefix + (x,)): one specialization for tuples of
any length."""
def paths(n, prefix=()):
    if n == 0:
        return [prefix]
    return paths(n - 1, prefix + (0,)) + paths(n - 1, prefix + (1,))
print(paths(2))
print(len(paths(5)), paths(3)[5])
def walk(node, trail):
    if node > 20:
        return trail
    return walk(node * 2 + 1, trail + (node,))
print(walk(1, ()))
def combos(items, k, chosen=()):
    if len(chosen) == k:
        yield chosen
        return
    for i, x in enumerate(items):
        yield from combos(items[i + 1:], k, chosen + (x,))
print(list(combos("abcd", 2)))
