# A script that reuses loop variable names at module level for loops over different types,
# the way quick scripts do; names read after their loop keep one variable.
edges = [("a", "b", 4), ("a", "c", 1), ("c", "b", 2)]
total = 0
for a, b, w in edges:
    total += w
print("total weight", total)

counts = {"the": 3, "fox": 1, "dog": 2}
for w, n in sorted(counts.items(), key=lambda kv: -kv[1]):
    print(f"{w:>4} {n}")

for i in range(3):
    print("round", i)
for i in "xyz":
    print("letter", i.upper())
for i, (name, score) in enumerate([("ann", 9.5), ("bob", 7.0)]):
    print(i, name, score)

for k in range(4):
    pass
print("last k", k)
for k in range(2, 6):
    print(k * k, end=" ")
print()
for a in [1.5, 2.5]:
    print(a / 2)
print(edges[0][0] + "!")
