"""Right shifts of small, big and negative ints by counts from 0 to far past 64 bits (floor
division by a power of two, as CPython), the ValueError of a negative count, and a heap
index walk `(pos - 1) >> 1`."""

vals = [0, 1, -1, 5, -5, 7, -8, 2**40 + 3, -(2**40) - 3, 2**61, -(2**61), 2**62 - 1, -(2**62), 2**70, -(2**70)]
for a in vals:
    print(a, [a >> k for k in [0, 1, 2, 3, 31, 60, 61, 62, 63, 64, 100, 10**20]])
try:
    print(5 >> -1)
except ValueError as e:
    print(e)
n = -1
for v in vals:
    try:
        print(v >> n)
    except ValueError as e:
        print("ValueError", e)
        break
pos = 12345
while pos > 0:
    pos = (pos - 1) >> 1
    print(pos, end=" ")
print()
