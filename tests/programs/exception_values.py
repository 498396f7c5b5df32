# Builtin exceptions as values: made by a validator and returned, collected in a list,
# raised later (also as a cause), tested with isinstance; e.args keeps the argument itself.


def check(n):
    if n < 0:
        return ValueError(f"negative: {n}")
    if n > 100:
        return OverflowError(n)
    return None


problems = [check(n) for n in (5, -3, 500, 7)]
print([repr(p) for p in problems])

found = [ValueError("negative: -3"), OverflowError(500), KeyError("id"), Exception()]
for e in found:
    print(type(e).__name__, e.args, str(e), repr(e),
          isinstance(e, ValueError), isinstance(e, ArithmeticError), isinstance(e, LookupError))


def fail_with(err):
    raise err


try:
    fail_with(found[0])
except ValueError as v:
    print("caught", v, v.args)

try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("lookup failed") from ValueError("root cause")
except RuntimeError as r:
    print(r, repr(r.__cause__), r.__cause__.args)

for k in range(7):
    try:
        if k == 0:
            raise KeyError(0)
        if k == 1:
            raise ValueError(2.5)
        if k == 2:
            raise IndexError(10**30)
        if k == 3:
            raise KeyError("it's")
        if k == 4:
            raise ValueError("")
        if k == 5:
            raise TypeError(None)
        raise RuntimeError(True)
    except Exception as e:
        first = e.args[0] if e.args else "-"
        print(k, e.args, repr(e), str(e), first)

print(KeyError(7).args, ValueError().args, ValueError("").args, ZeroDivisionError("x").args)


def parse_port(text):
    err = ValueError(f"bad port: {text!r}")
    if not text.isdigit():
        raise err
    return int(text)


print(parse_port("8080"))
parse_port("http")
