"""math.gcd and math.lcm over unpacked sequences (*xs, with leading arguments, empty, of a
generator, negative and big ints)."""
import math
from math import gcd, lcm
xs = [4, 6, 10]
print(math.lcm(*xs), math.gcd(*xs), gcd(*[12, 18], 8), lcm(*[]), gcd(*()), lcm(3, *xs))
cycles = [len(s) for s in ["abc", "ab", "abcd"]]
print(math.lcm(*cycles), gcd(*(n * 6 for n in range(1, 4))))
print(gcd(*[-4, 6]), lcm(*[0, 5]), gcd(*[2 ** 70, 2 ** 65 * 3]))
