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
