xs = [3, 1, 2]
print(list(reversed(xs)))
for x in reversed(xs):
    print(x)
print(list(map(str, xs)))
print(list(map(lambda v: v * 2, xs)))
print(list(filter(lambda v: v > 1, xs)))
print(list(zip(xs, "abc")))
print(dict(zip("abc", xs)))
print(list(enumerate(xs, 1)))

print(sum(map(int, "123")))
print(sorted(map(len, ["aa", "b"])))
print(any(map(lambda v: v > 2, xs)))
print(" ".join(map(str, xs)))
for i in reversed(range(3)):
    print("r", i)
for i in reversed(range(2, 5)):
    print("r2", i)
print("".join(reversed("abc")))
m = map(lambda w: w.upper(), ["x", "y"])
for w in m:
    print(w)
pairs = zip([1, 2], [3, 4])
print(next(pairs), next(pairs))
for i, (a, b) in enumerate(zip("ab", "cd")):
    print(i, a, b)
evens = filter(None, [0, 1, 2, 0, 3])
print(list(evens))
print(list(map(lambda a, b: a * b, [1, 2], [3, 4])))
