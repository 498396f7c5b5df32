def make(scale):
    def f(x, *rest, sep="-", upper=False):
        s = sep.join(str(v * scale) for v in (x,) + rest)
        return s.upper() if upper else s
    return f


g = make(2)
print(g(1), g(1, 2, 3), g(1, 2, sep="+"), g(5, sep=":", upper=True))
h = lambda a, *, b=10: a + b
print(h(1), h(1, b=2))


def outer():
    def inner(a, *, key):
        return a * key
    return inner(3, key=4)


print(outer())
