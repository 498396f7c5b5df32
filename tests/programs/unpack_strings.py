"""Unpacking a str into names: each character, with CPython's ValueError when the counts
differ (playing cards, two-letter codes)."""

a, b = "xy"
print(a, b)
hands = ["Ah", "Kd", "Ts", "9c"]
suits = {"h": "hearts", "d": "diamonds", "s": "spades", "c": "clubs"}
for rank, suit in hands:
    print(rank, suits[suit], end="; ")
print()
print([(r, s) for r, s in hands if r in "AKQJT"])
print({s: r for r, s in hands})
first, *rest = "hello"
print(first, rest)


def swap(pair):
    x, y = pair
    return y + x


print(swap("ab"), list(map(swap, ["cd", "ef"])))
for word in ["ab", "abc", "a", ""]:
    try:
        p, q = word
        print(p, q)
    except ValueError as e:
        print("ValueError:", e)
x, y = "é€"
print(x, y, ord(y))
p, q = "x"
