"""Changing a dict or set while a loop walks it: CPython's RuntimeError at the next step,
and the changes that are allowed (new values for existing keys, iterating a copy)."""


def grow_dict(d):
    try:
        for k in d:
            if k == 2:
                d[k * 10] = "x"
    except RuntimeError as e:
        print("grow:", e)
    return d


def shrink_items(d):
    seen = []
    try:
        for k, v in d.items():
            seen.append(k)
            del d[k]
    except RuntimeError as e:
        print("shrink:", e, seen)
    return d


def last_step(d):
    """Adding during the last step still raises: the check comes before the end."""
    try:
        for k in d.keys():
            if k == max(d):
                d[k + 1] = 0
    except RuntimeError as e:
        print("last:", e)
    return sorted(d)


def grow_set(s):
    try:
        for x in s:
            s.add(x + 100)
    except RuntimeError as e:
        print("set:", e)
    return len(s)


def kept_view(d):
    vals = d.values()
    total = 0
    try:
        for v in vals:
            total += v
            d.pop(next(iter(d)))
    except RuntimeError as e:
        print("view:", e, total)
    return len(vals)


def allowed(d, s):
    for k in d:
        d[k] = d[k] * 2          # same keys: no error
    for k in list(d):
        d[k + 100] = 1           # a copy: no error
    for x in set(s):
        s.discard(x)             # a copy: no error
    return d, s


def comprehension(d):
    try:
        return [d.setdefault(k + 1, k) for k in d]
    except RuntimeError as e:
        print("comprehension:", e)
        return None


print(grow_dict({1: "a", 2: "b", 3: "c"}))
print(shrink_items({i: i * i for i in range(5)}))
print(last_step({1: 1, 2: 2}))
print(grow_set({1, 2, 3}))
print(kept_view({"a": 1, "b": 2, "c": 3}))
print(allowed({1: 1, 2: 2}, {5, 6}))
print(comprehension({1: 1}))
counts = {"x": 1}
for key in counts:
    counts[key + "!"] = 2
