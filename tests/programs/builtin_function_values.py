# Builtin functions passed around as values: as a key to a helper that takes one, in a table of
# converters, and returned from a function.


def top(items, n, key):
    return sorted(items, key=key, reverse=True)[:n]


def apply(f, x):
    return f(x)


def converter(kind):
    if kind == "text":
        return str
    return repr


words = ["kiwi", "fig", "banana", "cherry", "plum"]
print(top(words, 2, len))
print(top([-7, 3, -1, 5], 3, abs))
print(apply(len, "hello"), apply(abs, -2.5), apply(int, "42") + 1, apply(float, "1e3"))
print(apply(sorted, [3, 1, 2]), apply(str, 3.0), apply(ord, "A"), apply(chr, 97))
print(apply(sum, [1, 2, 3]), apply(bool, []), apply(list, "ab"), apply(set, [1, 1]))
stats = [len, sum, max, min]
print([f([4, 8, 15, 16, 23, 42]) for f in stats])
for kind in ["text", "code"]:
    show = converter(kind)
    print(kind, show("it's"))
print(apply(int, "x1"))
