"""int / int whose quotient falls among the subnormal floats: rounded once, at the last bit
a subnormal keeps (half to even), as CPython's long_true_divide."""
import random

random.seed(5)
print(1 / 2**1075, 3 / 2**1075, 10**20 / 10**340, 1 / 2**1074, 3 / 2**1076, -5 / 2**1076)
print(7 / 10**310, 2**60 / 3**700, (2**53 + 1) / 2**1127)
total = 0.0
for _ in range(3000):
    a = random.randint(1, 10 ** random.randint(1, 40))
    b = random.randint(1, 10 ** random.randint(300, 345))
    q = a / b
    if _ < 8:
        print(q)
    total += q * 1e300
print(total)
