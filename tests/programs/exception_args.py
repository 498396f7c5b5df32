try:
    int("x")
except ValueError as e:
    print(e.args, e.args[0])
try:
    {}["k"]
except KeyError as e:
    print(e.args, repr(e), str(e))
try:
    raise RuntimeError("a")
except RuntimeError as e:
    print(e.args, type(e).__name__)
try:
    {}["k"]
except KeyError as e:
    print(repr(e), str(e))
print("after")


# An argument that may be None: shown as the value it turns out to be.
def argument(parts):
    return parts[1] if len(parts) > 1 else None


for parts in (["go"], ["go", "north"]):
    try:
        raise LookupError(argument(parts))
    except LookupError as e:
        print(repr(e), str(e), e.args)
stock = {"apples": 3}
try:
    raise KeyError(stock.get("pears"))
except KeyError as e:
    print(repr(e), e.args)
print(repr(ValueError(stock.get("apples"))))
