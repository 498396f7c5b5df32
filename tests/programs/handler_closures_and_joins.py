"""Error reporting helpers: a closure made inside an `except` clause that reads the caught
exception, and lines joined from lists whose items may be None (CPython's TypeError names
the first None)."""


def describe_failure(action):
    try:
        action()
    except (KeyError, ValueError) as exc:
        describe = lambda: f"failed with {type(exc).__name__}: {exc}"
        later = [lambda: repr(exc)]
        return describe(), later[0]()
    return "ok", ""


def missing_key():
    return {}["k"]


def bad_number():
    return int("x")


print(describe_failure(missing_key))
print(describe_failure(bad_number))
print(describe_failure(lambda: 1))


def labels(rows):
    out = []
    for name, ok in rows:
        out.append(name.upper() if ok else None)
    return out


print(", ".join(labels([("a", True), ("b", True)])))
try:
    print(", ".join(labels([("a", True), ("b", False), ("c", True)])))
except TypeError as e:
    print("TypeError:", e)
