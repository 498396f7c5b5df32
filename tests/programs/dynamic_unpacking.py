data = {"point": (3, 4.5), "pair": ["a", 1], "word": "hi", "n": 5}
x, y = data["point"]
a, b = data["pair"]
c, d = data["word"]
print(x, y, a, b, c, d)
for key, value in data.items():
    print(key, value)
rows = [[1, "one"], (2, "two"), "ab"]
for first, second in rows:
    print(first, second)
print(data["pair"][::-1], data["word"][1:], data["point"][:1], rows[0][1:])
try:
    p, q, r = data["point"]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q = data["n"]
except TypeError as e:
    print("TypeError:", e)
try:
    (p,) = data["pair"]
except ValueError as e:
    print("ValueError:", e)
