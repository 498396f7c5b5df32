"""Helpers that pass a `key=None` parameter on to sorted() and list.sort(): sorted by the
items when no key is given, by the key function otherwise, and a key that may be None."""


def top(items, n, key=None, reverse=False):
    return sorted(items, key=key, reverse=reverse)[:n]


def sort_in_place(items, key=None):
    items.sort(key=key)
    return items


def pick_key(by_length):
    return len if by_length else None


words = ["kiwi", "apple", "fig", "banana", "cherry"]
print(top(words, 3), top(words, 3, key=len), top(words, 2, key=lambda w: w[-1], reverse=True))
print(top([5, 3, 9, 1], 2), top([5, 3, 9, 1], 2, reverse=True))
print(sort_in_place(["b", "A", "c"]), sort_in_place(["b", "A", "c"], key=str.lower))
for by_length in (True, False):
    k = pick_key(by_length)
    print(by_length, sorted(words, key=k))
