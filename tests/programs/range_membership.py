"""`x in range(a, b, c)` and `len(range(a, b, c))` of ints: bounds, steps up and down, big
ints, a zero step's ValueError, and the order the operands run in (no range is made)."""
def check(x, a, b, c):
    try:
        return x in range(a, b, c)
    except ValueError as e:
        return str(e)

cases = []
for x in range(-12, 13):
    for a, b, c in [(0, 10, 1), (0, 10, 3), (10, 0, -1), (10, -5, -3), (-5, 5, 2), (3, 3, 1), (0, 10, 0), (5, 0, 1), (0, 5, -1)]:
        cases.append(check(x, a, b, c))
print(cases.count(True), cases.count(False), cases.count("range() arg 3 must not be zero"))
big = 10**20
print(big + 7 in range(big, big + 100, 7), big + 8 in range(big, big + 100, 7), -big in range(0, -2 * big, -big))
print(True in range(2), False in range(1, 3), 5 not in range(5), 4 not in range(5))
print(3 in range(10), 3 in range(4, 10), 7 in range(0, 10, 7), [i for i in range(-3, 4) if i in range(-1, 2)])
n = 0
def side(v):
    global n
    n += 1
    return v
print(side(2) in range(side(0), side(5)), n)
print(len(range(10**12)), len(range(5, 10**6, 3)), len(range(10, 0, -3)), len(range(0)), len(range(5, 1)), len(range(-10**18, 10**18)))
for a, b, c in [(0, 10, 1), (0, 10, 3), (10, 0, -1), (10, -5, -3), (3, 3, 1), (5, 0, 1), (0, 5, -1), (0, 10, 0)]:
    try:
        print(len(range(a, b, c)), len(list(range(a, b, c))) if c else "")
    except ValueError as e:
        print(e)
