"""any() and all() of generators stop at the deciding value."""
xs = [2, 1, 0]
print(any(10 // x > 4 for x in xs), all(x > 0 for x in [3, 0, 1 // 0 if False else 2]))
def gen():
    for i in range(5):
        print("yield", i)
        yield i
print(any(x > 1 for x in gen()))
print(all(x < 2 for x in gen()))
print(any(x > 10 for x in gen()), all(x >= 0 for x in gen()))
print(all([]), any(x for x in []), all(x for x in []))
words = ["apple", "kiwi", ""]
print(any(w.startswith("k") for w in words), all(len(w) for w in words))
