"""A generator object is always true (bool() does not run it, even when it would yield
nothing); its items come later, when it is consumed."""


def evens(xs):
    print("  running")
    for x in xs:
        if x % 2 == 0:
            yield x


g = evens([1, 3, 5])
print(bool(g), bool(evens([])), not g)
if g:
    print("a generator is true")
print(list(g), list(g))
