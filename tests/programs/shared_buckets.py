# Augmented assignment mutates lists, sets and dicts in place: every name that
# refers to the same object sees the change (a classic source of surprises that
# a compiler must reproduce, not "fix").


class Router:
    def __init__(self):
        self.routes = {}
        self.seen = set()
        self.log = []

    def add(self, prefix, handlers):
        bucket = self.routes.setdefault(prefix, [])
        bucket += handlers
        self.seen |= set(handlers)
        self.log += ["add " + prefix]

    def defaults(self, extra):
        self.routes |= extra
        return self


def make_grid(n):
    row = [0] * n
    grid = [row] * n  # every row is the same list
    grid[0][1] = 7
    return grid


def dedupe(words):
    seen = set()
    out = []
    view = out
    for w in words:
        if w not in seen:
            seen |= {w}
            out += [w]
    return view


def main():
    r = Router()
    log_alias = r.log
    r.add("/api", ["auth", "json"])
    r.add("/api", ["rate"])
    r.add("/static", ["files"])
    print(sorted(r.routes.items()))
    print(sorted(r.seen), log_alias)

    base = {"timeout": 30, "retries": 2}
    same = base
    merged = base | {"retries": 5}
    print(merged, base is same, merged is base)
    base |= {"debug": True}
    print(same)

    print(make_grid(3))
    print(dedupe("the cat and the hat and the bat".split()))

    stack = [1, 2]
    frames = stack
    stack *= 3
    print(frames, len(stack))
    stack *= 0
    print(frames)

    pool = {1, 2, 3, 4, 5}
    watcher = pool
    pool &= {2, 3, 4, 8}
    pool -= {3}
    pool ^= {4, 10}
    print(sorted(watcher))

    # Immutable values rebind instead.
    point = (1, 2)
    old = point
    point += (3,)
    label = "a"
    prev = label
    label += "b"
    count = 10
    before = count
    count += 1
    print(old, point, prev, label, before, count)

    # A list extended by itself doubles once.
    xs = [1, 2, 3]
    xs += xs
    xs.extend(xs)
    print(xs)

    totals = {"a": [1], "b": [2]}
    for key in totals:
        totals[key] += [len(totals[key]) * 10]
    print(totals)


main()
