"""math.comb, math.perm and math.lcm: exact ints however large, 0 when k > n, CPython's
ValueError for a negative argument, and a result that is never negative for lcm."""
import math

print([math.comb(5, k) for k in range(7)], [math.perm(5, k) for k in range(7)])
print(math.comb(100, 50), math.perm(30, 20), math.comb(10**20, 3), math.comb(0, 0))
print(math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 9), math.lcm(2**70, 3**40), math.gcd(12, 18))
# Pascal's triangle row sums and a lottery's odds.
print([sum(math.comb(n, k) for k in range(n + 1)) for n in range(8)])
print(f"1 in {math.comb(49, 6):,}")
for bad in [(-1, 2), (5, -1)]:
    try:
        math.comb(bad[0], bad[1])
    except ValueError as e:
        print("ValueError:", e)
    try:
        math.perm(bad[0], bad[1])
    except ValueError as e:
        print("ValueError:", e)
