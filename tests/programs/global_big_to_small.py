# Module-level ints that start big and are rebound to small values inside loops, ifs, try
# blocks and functions (`global`): each old big value must be let go.
best = 2**100
for x in [5, 3, 9, 1]:
    if x < best:
        best = x
print("best", best)

total = 10**30
for i in range(3):
    total = i * 2
print("total", total)

limit = 4
value = 0
for i in range(1000):
    value = 2**70 + i
    if limit > 0:
        value = limit + i
print("value", value)

try:
    big = 3**80
    big = len("abc")
except KeyError:
    big = -1
print("big", big)

state = 7**40


def reset(n):
    global state
    state = n + 1


reset(1)
print("state", state)
while True:
    state = -state
    break
print("state", state)
