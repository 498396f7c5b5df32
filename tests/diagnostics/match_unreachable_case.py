"""A capture pattern before other cases: CPython's SyntaxError."""


def describe(x):
    match x:
        case [a]:
            return f"one item {a}"
        case other:
            return f"something else: {other}"
        case 3:
            return "three"


print(describe([1]))
