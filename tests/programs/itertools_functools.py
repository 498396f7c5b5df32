# itertools and functools.reduce the way everyday scripts use them: brute-force search over
# permutations and combinations, grids with product, running totals, windows with pairwise,
# and folding with reduce.
import itertools
from itertools import permutations, combinations, product, count, chain, islice, accumulate
from functools import reduce

cities = {"a": (0, 0), "b": (3, 4), "c": (6, 0), "d": (3, -4)}


def tour_length(order):
    total = 0.0
    for p, q in itertools.pairwise(order + (order[0],)):
        (x1, y1), (x2, y2) = cities[p], cities[q]
        total += ((x1 - x2) ** 2 + (y1 - y2) ** 2) ** 0.5
    return total


best = min(permutations(sorted(cities)), key=tour_length)
print("best tour", best, round(tour_length(best), 3))
print(list(permutations("abc", 2)))
teams = list(combinations(["ann", "bob", "cy", "dee"], 2))
print(len(teams), teams[:3])
print(list(itertools.combinations_with_replacement("ab", 3)))
coins = [1, 2, 5]
ways = [c for c in product(range(4), repeat=3) if sum(k * v for k, v in zip(c, coins)) == 7]
print(len(ways), ways[:4])
print(list(product("ab", "xy")), list(product([0, 1], repeat=2)))
print(list(islice(count(10, 5), 4)), list(islice(count(), 2, 10, 3)))
print(list(chain([1, 2], [3], [])), list(accumulate([3, 1, 4, 1, 5])))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.repeat("z", 3)))
for i, c in enumerate(islice(itertools.cycle("xy"), 5)):
    print(i, c, end="; ")
print()
squares = (n * n for n in count(1))
print([s for s in islice(squares, 6)])
print(reduce(lambda a, b: a * b, range(1, 11)), reduce(lambda a, b: a + b, [], 10))
print(reduce(lambda a, b: max(a, b), [3, 9, 2]), reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0))
words = ["apple", "bob", "kayak", "level", "python"]
print(reduce(lambda acc, w: acc + [w] if w == w[::-1] else acc, words, []))
print(reduce(lambda a, b: a + b, []))
