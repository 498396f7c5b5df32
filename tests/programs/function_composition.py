"""Composing functions: closures whose captured variables hold closures of the same lambda,
a few levels deep (`compose(f, compose(g, h))`, stacked wrappers)."""


def compose(f, g):
    return lambda x: f(g(x))


def add_one(fn):
    return lambda x: fn(x) + 1


def twice(fn):
    def run(x):
        return fn(fn(x))

    return run


inc = lambda x: x + 1
dbl = lambda x: x * 2
square = lambda x: x * x

h = compose(inc, compose(dbl, inc))
print(h(3), h(-1))

shout = compose(str.upper, compose(str.strip, lambda s: s + "!  "))
print(repr(shout("  hello ")))

k = add_one(add_one(add_one(abs)))
print(k(-5), k(2))

quad = twice(twice(inc))
print(quad(0), twice(twice(square))(2))

pipeline = compose(compose(square, inc), compose(dbl, compose(inc, inc)))
print([pipeline(x) for x in range(4)])
