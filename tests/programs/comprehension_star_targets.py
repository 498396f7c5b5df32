# Comprehensions whose targets take the rest of each item with a starred name.
rows = [(1, "a", 2.5), (2, "b", 3.5), (3, "c", 4.5)]
print([a for a, *_ in rows])
print([rest for _, *rest in [[1, 2, 3], [4, 5]]])
print({k: (len(mid), last) for k, *mid, last in ["abcd", "xyz", "pq"]})
a = "outer"
print(sum(x * len(more) for x, *more in [[1, 2, 3], [4]]), a)
lines = ["alice 30 NYC", "bob 25 LA", "carol 41 SF"]
print([(name, int(age)) for name, age, *_ in (l.split() for l in lines)])
try:
    print([x for x, y, *z in [[1]]])
except ValueError as e:
    print(e)
