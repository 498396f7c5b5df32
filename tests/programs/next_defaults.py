"""`next(g, default)` where the default has another type than the items (a str or None for
a generator of ints, an int for one of strs): the result is the item or the default."""


def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x


def words(text):
    for w in text.split():
        yield w.lower()


def main():
    g = evens([1, 3, 4, 6, 9])
    print(next(g, "none"), next(g, "none"), next(g, "none"), next(g, "none"))
    w = words("Alpha beta")
    print(next(w, 0), next(w, 0), next(w, 0), next(w, -1) + 1)
    first_long = next((s for s in ["a", "bb", "ccc"] if len(s) > 5), None)
    print(first_long, first_long is None)
    total = 0
    src = evens(range(10))
    while True:
        v = next(src, "done")
        if v == "done":
            break
        total += v
    print(total)
    h = evens([2, 8])
    got = [next(h, 0.5) for _ in range(3)]
    print(got, sum(got))


main()
