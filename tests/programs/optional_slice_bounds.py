# Slices whose bounds come from helpers that may return None (no bound, as CPython takes it).
def find(xs, t):
    for i, x in enumerate(xs):
        if x == t:
            return i
    return None
s = "abcdef"
for target in ("d", "z", "a"):
    k = find(list(s), target)
    print(repr(s[:k]), repr(s[k:]), s[k::2], list(s)[:k], tuple(s)[k:], s[::k if k else None])
def split_at(words, sep):
    k = find(words, sep)
    return words[:k], words[k + 1:] if k is not None else []
print(split_at(["a", "b", "--", "c"], "--"), split_at(["x"], "--"))
