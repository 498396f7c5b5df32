"""Errors of everyday calls: itertools with a negative count (raised when called, before any
item is read), del of a list index out of range, pop of an empty list."""
import itertools


def attempt(label, make):
    try:
        print(label, make())
    except (ValueError, IndexError) as e:
        print(label, type(e).__name__, e)


attempt("combinations", lambda: list(itertools.combinations([1, 2, 3], 2)))
attempt("combinations -1", lambda: itertools.combinations([1, 2], -1))
attempt("permutations -2", lambda: itertools.permutations("ab", -2))
attempt("permutations", lambda: list(itertools.permutations("abc", 2))[:3])
attempt("with replacement -1", lambda: itertools.combinations_with_replacement([1], -1))
attempt("product -1", lambda: itertools.product([1], repeat=-1))
attempt("product", lambda: list(itertools.product("ab", repeat=2)))
gen = (n * n for n in range(3))
attempt("product of a generator", lambda: list(itertools.product(gen, [0])))
xs = [10, 20, 30]
del xs[-1]
print(xs)
attempt("pop", lambda: [xs.pop(5)])
empty = []
try:
    del empty[0]
except IndexError as e:
    print("IndexError", e)
del xs[5]
