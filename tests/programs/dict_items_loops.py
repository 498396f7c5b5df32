"""Loops over a dict, its keys, values and items (unpacking each pair or not): values changed
by the body are seen by later steps, a size change raises CPython's RuntimeError, and so does
a key deleted and another added ("keys changed"); `break`/`continue`/`else`, nested loops over
one dict, comprehensions, generators, and the loop variables after the loop."""
from collections import defaultdict


class Box:
    def __init__(self, n):
        self.n = n


def totals(orders):
    by_customer = defaultdict(int)
    for customer, amount in orders:
        by_customer[customer] += amount
    return by_customer


def report(d):
    lines = []
    for name, total in d.items():
        if total < 0:
            continue
        if total > 1000:
            lines.append(f"{name}: big")
            break
        lines.append(f"{name}: {total}")
    else:
        lines.append("(all shown)")
    return lines


def pairs_up(d):
    for a, x in d.items():
        for b, y in d.items():
            if a < b and x == y:
                yield a, b


def main():
    d = totals([("ann", 30), ("bob", -5), ("cy", 70), ("ann", 12), ("dee", 2000), ("cy", 1)])
    print(dict(d))
    print(report(d))
    print(report({"x": 1, "y": 2}))
    print(report({}))

    # Values written by the body are read by later steps; the loop variables keep the last pair.
    prices = {"a": 1, "b": 2, "c": 3}
    for name, price in prices.items():
        print(name, price)
        prices["c"] = price * 100
    print(name, price, prices)

    # Adding a key while iterating: RuntimeError, after the first step.
    seen = {1: "one", 2: "two"}
    try:
        for k, v in seen.items():
            print("step", k, v)
            seen[k + 10] = v * 2
    except RuntimeError as e:
        print("RuntimeError:", e)
    # Removing one too.
    try:
        for k, v in seen.items():
            del seen[k]
    except RuntimeError as e:
        print("RuntimeError:", e, len(seen))

    # Comprehensions and generator expressions over items.
    stock = {"apple": 3, "pear": 0, "fig": 12, "kiwi": 0}
    print({k: v * 2 for k, v in stock.items() if v})
    print([k for k, v in stock.items() if not v], sum(v for _, v in stock.items()))
    print(sorted((v, k) for k, v in stock.items()))
    print(list(pairs_up({"p": 1, "q": 2, "r": 1, "s": 2})))

    # Big ints, tuple keys, instances as values, deletions leaving holes before the loop.
    grid = {(x, y): Box(x * y) for x in range(3) for y in range(2)}
    del grid[(0, 1)], grid[(2, 0)]
    for (x, y), box in grid.items():
        print(x, y, box.n, end="; ")
    print()
    big = {i: 2 ** (60 + i) for i in range(4)}
    for i, v in big.items():
        big[i] = v * v
    print(big)
    # An exception from the body leaves the loop.
    try:
        for k, v in {"a": 1, "b": 0}.items():
            print(k, 10 // v)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)



def keys_changed(n, form):
    d = {i: i * i for i in range(n)}
    seen = []
    try:
        if form == "items":
            for k, v in d.items():
                seen.append(k)
                del d[k]
                d[k + n] = v
        elif form == "keys":
            for k in d:
                seen.append(k)
                del d[k]
                d[k + n] = 0
        else:
            for v in d.values():
                seen.append(v)
                k = next(iter(d))
                del d[k]
                d[k + n] = v
    except RuntimeError as e:
        print(form, n, seen, "RuntimeError:", e)
        return
    print(form, n, seen, d)


def walks():
    d = {"x": 1, "y": 2, "z": 3}
    del d["y"]
    d["w"] = 4
    for k in d:
        print(k, end=" ")
    for k in d.keys():
        print(k.upper(), end=" ")
    for v in d.values():
        print(v * 10, end=" ")
    for item in d.items():
        print(item, end=" ")
    print()
    for v in d.values():
        d["w"] += v
    print(d)
    it = d.items()
    d["q"] = 0
    print(list(it), len(it))


for form in ("items", "keys", "values"):
    for n in (2, 3):
        keys_changed(n, form)
walks()
main()
