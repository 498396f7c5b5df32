# Tuple keys made only to be looked up are not made (the pair_keys pass); one that is also
# stored or kept is.
def neighbours(live):
    counts = {}
    for x, y in live:
        for dx in (-1, 0, 1):
            key = (x + dx, y + 1)
            counts[key] = counts.get(key, 0) + 1
            if (x, y + dx) in live:
                counts[(x + dx, y + 1)] += 1
    return counts


def first_seen(points):
    seen = set()
    kept = []
    for x, y in points:
        key = (x, y)
        if key not in seen:
            seen.add(key)
            kept.append(key)
    return kept


print(sorted(neighbours({(0, 0), (1, 0), (0, 1)}).items()))
print(first_seen([(1, 2), (3, 4), (1, 2)]))
