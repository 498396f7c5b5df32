# Ranges: `steps` only counts (small without checks); `n` can grow without bound (checked);
# `total` is no counter (it adds a value), so it stays checked too.
def chain_length(n):
    steps = 1
    total = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
        total += n
    return steps, total


print(chain_length(27), chain_length(2**70 + 1))
