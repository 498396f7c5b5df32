"""Names used only in a comprehension's `for` and `if` clauses: captured by nested functions,
and seen by the module-level loop-variable renaming."""


def outer(n):
    def mid():
        def inner():
            return [x for x in range(n)]
        return inner
    return mid


print(outer(3)()())


def outer2(n):
    def inner():
        return [x * n for x in range(2)]
    return inner


print(outer2(3)())
def outer_lists(n, xs):
    def inner():
        a = [x for x in xs]
        return a
    def inner2():
        for x in range(n):
            pass
        return 1
    return inner() + [inner2()]


print(outer_lists(3, [1]))
for w in ["ab", "cd"]:
    pass
print([c for c in w])
for w in [1, 2]:
    pass
print([k for k in range(w)])
