"""list.index(x, start[, stop]): the first match at or after start and before stop, bounds
clamped as a slice's (negative, past the end, big ints), ValueError when absent."""


tokens = ["let", "x", "=", "(", "1", "+", "2", ")", ";", "let", "y", "=", "x", ";"]
first = tokens.index("let")
second = tokens.index("let", first + 1)
print(first, second, tokens.index(";", second), tokens.index("x", 2, 13))
nums = [5, 3, 5, 7, 5, 9]
print(nums.index(5), nums.index(5, 1), nums.index(5, 3), nums.index(5, -2), nums.index(9, -100, 100))
print(nums.index(7, 2, 4), nums.index(5, 0, 1), nums.index(3, True))
for value, start, stop in [(5, 5, 6), (7, 4, 10), (9, 0, 5), (3, 2, 1), (5, 10, 20)]:
    try:
        print(nums.index(value, start, stop))
    except ValueError as e:
        print("ValueError:", e)
big = 2 ** 70
print(nums.index(9, -big, big), nums.index(5, 0, big))
words = ["b", "a", "b", "c"]
pos = 0
hits = []
while True:
    try:
        pos = words.index("b", pos)
    except ValueError:
        break
    hits.append(pos)
    pos += 1
print(hits)
floats = [0.5, 1.5, 0.5]
print(floats.index(0.5, 1), floats.index(1.5, -2))
xs = [1, 2, 3]
print(xs.index(True, 0))
fs = [1.0, 2.0]
print(fs.index(2, 1))
mixed = [None, 1, "a"]
print(mixed.index("a", 1))
ll = [[1], [2, 3], [1]]
print(ll.index([1], 1), ll.index([2, 3], 0, 2))
n = [9]
ll.append(n)
print(ll.index(n, 1))
ns = [None, 1, None]
print(ns.index(None, 1), ns.index(1, 0, 2))
ts = [(1, 2), (3,), (1, 2)]
print(ts.index((3,), 0), ts.index((1, 2), 1))
print(nums.index(5, 6))
