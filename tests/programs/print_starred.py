xs = [1, 2, 3]
print(*xs)
print(*xs, sep=", ")
print("start", *xs, "end", sep="|", end=".\n")
words = ("a", "b")
print(*words, *"cd")
print(*[x * 1.5 for x in xs])
grid = [[1, 2], [3, 4]]
for row in grid:
    print(*row)
print(*[])
