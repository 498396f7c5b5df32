"""Common items across groups (Advent-of-Code style): set methods given `*` arguments,
the unbound `set.intersection(*sets)` form, and set methods as function values."""
import functools

groups = [
    ["abcx", "bcdx", "xcbq"],
    ["hello", "yellow", "mellow"],
    ["rust", "trust", "crust", "strut"],
]

for lines in groups:
    sets = [set(line) for line in lines]
    common = set.intersection(*sets)
    every = set().union(*sets)
    first_only = sets[0].difference(*sets[1:])
    print(sorted(common), sorted(every), sorted(first_only))
    print(sorted(set.intersection(*map(set, lines))) == sorted(common))
    print(sorted(functools.reduce(set.intersection, sets)))
    print(sorted(functools.reduce(set.union, sets, set())))

numbers = [{1, 2, 3, 4}, {2, 3, 4}, {3, 4, 5}]
print(numbers[0].intersection(*numbers[1:]), numbers[0].union(*()))
print({0}.union(*numbers), set.union({9}, *numbers[1:]))
pair = ({7}, [1, 2])
print({0}.union(*pair), {1, 7}.intersection(*pair))
print({1, 2, 3}.difference({1}, *[[2]]), {1, 2}.intersection(*[]))

seen = set()
seen.update(*numbers)
print(seen)
seen.intersection_update({2, 3, 4, 5}, *numbers[1:])
print(seen)
seen.difference_update(*[{4}, {5}])
print(seen, numbers)
print(functools.reduce(set.symmetric_difference, numbers))
print(list(map(set.issubset, [{1}, {9}], [{1, 2}, {1, 2}])))
frozen = frozenset([1, 2, 3])
grown = frozen.union(*[[3, 4], [5]])
print(sorted(grown), type(grown).__name__, sorted(frozen.intersection(*[[1, 2], [2, 3]])))
