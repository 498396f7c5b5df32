"""Exact arithmetic with fractions: Gaussian elimination, Egyptian fractions, dice odds."""
from fractions import Fraction
from itertools import product
from collections import Counter


def solve(matrix, rhs):
    n = len(matrix)
    a = [[Fraction(x) for x in row] + [Fraction(b)] for row, b in zip(matrix, rhs)]
    for col in range(n):
        pivot = next(r for r in range(col, n) if a[r][col] != 0)
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(n):
            if r != col and a[r][col] != 0:
                factor = a[r][col] / a[col][col]
                a[r] = [x - factor * y for x, y in zip(a[r], a[col])]
    return [a[i][n] / a[i][i] for i in range(n)]


def egyptian(frac):
    parts = []
    while frac.numerator != 0:
        unit = Fraction(1, -(-frac.denominator // frac.numerator))
        parts.append(unit)
        frac -= unit
    return parts


def dice_odds(sides, count):
    totals = Counter(sum(roll) for roll in product(range(1, sides + 1), repeat=count))
    space = sides**count
    return {total: Fraction(ways, space) for total, ways in sorted(totals.items())}


solution = solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3])
print(solution, [str(x) for x in solution])
print(solve([[1, 2], [3, 4]], [Fraction(1, 2), Fraction(1, 3)]))
for f in [Fraction(4, 13), Fraction(5, 6), Fraction(7, 15)]:
    parts = egyptian(f)
    print(f, "=", " + ".join(map(str, parts)), sum(parts) == f)
odds = dice_odds(6, 2)
print(odds[7], odds[2], sum(odds.values()), max(odds, key=odds.get))
expected = sum(total * p for total, p in odds.items())
print(f"expected {expected} ({float(expected):.3f})")
rates = [Fraction("0.05"), Fraction("1.25e-2"), Fraction(3, 8)]
balance = Fraction(1000)
for r in rates:
    balance *= 1 + r
print(balance, round(balance, 2), float(balance), int(balance))
print(sorted([Fraction(1, 3), 0.3, Fraction(2, 7), 1], reverse=True))
from fractions import Fraction
x = Fraction(1, 3)
try:
    print(f"{x:.2f}")
except TypeError as e:
    print(e)
print(f"{x!r:>20}|{x}|{str(x):>6}")
import copy
print(copy.deepcopy([x]), Fraction.from_float(0.25), Fraction(-0.0), x.__class__.__name__)
