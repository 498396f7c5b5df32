record = {"name": "ada", "tags": ["math", "code"], "age": 36, "scores": (9.5, 8)}
print(record)
for key in record:
    value = record[key]
    print(key, value, len(str(value)))
print(len(record["tags"]), record["tags"][0], record["tags"][-1], record["name"][0])
for t in record["tags"]:
    print(t)
print("math" in record["tags"], "x" in record["tags"], "a" in record["name"], 9.5 in record["scores"])
total = 0
for s in record["scores"]:
    total += s
print(total, sum([record["age"], 4]))
rows = [[1, "a"], [2.5, "b"], ["c", None]]
for row in rows:
    first = row[0]
    print(first, row[1], len(row), first in row)
mixed = [1, "two", [3, 4], {"k": 5}]
for m in mixed:
    try:
        print(m, len(m))
    except TypeError as e:
        print("TypeError:", e)
print(mixed[2][1], mixed[3]["k"])
try:
    print(mixed[3]["missing"])
except KeyError as e:
    print("KeyError:", e)
try:
    print(mixed[0][0])
except TypeError as e:
    print("TypeError:", e)
chars = [c for c in mixed[1]]
print(chars, [x * 2 for x in mixed[2]])
