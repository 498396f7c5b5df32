# Tuples repeated with `*`, max()/min() of tuples compared item by item (the dynamic
# programming idiom `best = max(best, (score, i))`), and assertion messages that are tuples.


def double(x):
    return x * 2


print((1, 2) * 2, 3 * ("a",), () * 5, (1,) * 0, (1,) * -2)
n = 3
row = (0,) * n
print(row, len(row), sum(row))
grid = [(".",) * 4 for _ in range(2)]
print(grid)
print(double(3), double("ab"), double([1]), double((1, "z")))

for seq in [(1, 2), "ab", [3]]:
    print(seq * 2, 2 * seq)
    try:
        print(seq * 1.5)
    except TypeError as e:
        print("TypeError:", e)

best = (0, -1)
for i, score in enumerate([3, 9, 2, 9]):
    best = max(best, (score, i))
print(best, min((2, "b"), (2, "a"), (1, "z")))


def check(got, want):
    assert got == want, (got, want)
    return "ok"


print(check(1, 1))
try:
    check([1, 2], [2, 1])
except AssertionError as e:
    print("AssertionError:", e)
try:
    raise KeyError((1, 2))
except KeyError as e:
    print("KeyError:", e, repr(e))
assert len(grid) == 3, {"rows": len(grid)}
