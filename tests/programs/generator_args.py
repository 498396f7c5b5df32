words = ["alpha", "beta", "gamma", "delta"]
print(sum(len(w) for w in words))
print(", ".join(w.upper() for w in words if "a" in w))
print(any(w.startswith("g") for w in words), all(len(w) > 4 for w in words))
print(max(len(w) for w in words), min(w[::-1] for w in words))
print(sorted((w[-1], w) for w in words))
print(list(x * x for x in range(5)), sorted(set(c for c in "hello")))
total = sum(i * j for i in range(4) for j in range(i))
print(total)
acc = []
acc.extend(str(i) for i in range(3))
print(acc)
print(sum(x for x in [0.5, 0.25]))
