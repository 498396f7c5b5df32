"""== and != between containers of different kinds (a tuple and a list, a list and a set, a
dict and a list): never equal, as in CPython."""
print((1, 2) == [1, 2], (1, 2) != [1, 2], [1] == {1}, {1: 2} == [(1, 2)], () == [], [] != {})
pairs = [(1, 2), (3, 4)]
print([p == [1, 2] for p in pairs], list(pairs[0]) == [1, 2])
