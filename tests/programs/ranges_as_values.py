"""range() passed where a sequence is expected: zip, enumerate, len, any, map."""
names = ["ada", "grace", "linus"]
for name, rank in zip(names, range(1, 4)):
    print(rank, name)
for i, sq in enumerate(range(0, 20, 4)):
    print(i, sq)
print(dict(zip("abc", range(3))))
print(list(zip(range(3), range(10, 13), "xyz")))
print(len(range(5, 50, 7)), len(range(10, 0)), len(range(10, 0, -3)))
print(any(range(1)), any(range(2)), all(range(1, 4)))
print(list(map(lambda k: k * k, range(6))))
print(sorted(zip(range(4), "dcba"), key=lambda p: p[1]))
print(sum(x for x in range(101)), max(range(-5, 5)), min(range(3, 9)))
