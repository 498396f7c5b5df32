# Unpacking lists into names (str.split results, rows), with CPython's ValueError when the
# length is wrong.


line = "alice,30,paris"
name, age, city = line.split(",")
print(name, int(age) + 1, city)
pairs = [[1, 2], [3, 4]]
total = 0
for p in pairs:
    a, b = p
    total += a * b
print(total)
first, second = sorted([5, 3])
print(first, second)
for text in ["x=1", "y=2=3", "z"]:
    try:
        key, value = text.split("=")
        print(key, value)
    except ValueError as e:
        print("error:", e)
for a, b in [[1, 2], [3, 4]]:
    print(a + b)
rows = [line.split(":") for line in ["a:1", "b:2"]]
for k, v in rows:
    print(k, v)
