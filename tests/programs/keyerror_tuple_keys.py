"""KeyError from a missing tuple (or frozenset) key keeps the key itself in args: e.args[0] == key."""
grid = {(0, 0): "a"}
for key in [(1, 2), "x", 3, frozenset([1])]:
    try:
        print(grid[key])
    except KeyError as e:
        print(repr(e), e.args, e.args[0] == key, str(e))
s = {(1, 2)}
try:
    s.remove((3, 4))
except KeyError as e:
    print(e.args[0], type(e.args[0]).__name__)
d = {(1,): 1}
try:
    d.pop((2,))
except KeyError as e:
    print(e.args)
grid[(9, 9)]
