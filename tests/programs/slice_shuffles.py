"""Rearranging lists in place by assigning one slice from another: pancake flips,
rotations, interleavings and block swaps, the way array puzzles and card tricks do it."""


class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __repr__(self):
        return f"{self.rank}{self.suit}"


def flip(stack, k):
    # Reverse the top k + 1 pancakes.
    stack[:k + 1] = stack[k::-1]


def pancake_sort(xs):
    xs = xs[:]
    flips = 0
    for size in range(len(xs), 1, -1):
        biggest = max(range(size), key=lambda i: xs[i])
        if biggest != size - 1:
            if biggest:
                flip(xs, biggest)
                flips += 1
            flip(xs, size - 1)
            flips += 1
    return xs, flips


def rotate_left(xs, k):
    n = len(xs)
    k %= n
    head = xs[:k]
    xs[:n - k] = xs[k:]
    xs[n - k:] = head


def riffle(deck):
    half = len(deck) // 2
    out = deck[:]
    out[::2] = deck[:half + len(deck) % 2]
    out[1::2] = deck[half + len(deck) % 2:]
    return out


def main():
    print(pancake_sort([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]))
    print(pancake_sort([2.5, -1.0, 7.25, 0.0]))
    words = "the quick brown fox jumps over the lazy dog".split()
    print(pancake_sort(words))

    xs = list(range(10))
    rotate_left(xs, 3)
    print(xs)
    xs[2:5] = xs[7:4:-1]
    print(xs)
    xs[::3] = xs[1:5]
    print(xs)
    xs[1:3] = xs[:]          # grows: the whole list into two slots
    print(xs, len(xs))
    xs[:] = xs[::-1]
    print(xs)
    xs[5:] = xs[:2]          # shrinks
    print(xs)
    xs[-2:] = xs[-1:-3:-1]
    print(xs)

    big = list(range(100))
    big[10:90] = big[89:9:-1]
    print(big[:15], big[85:], sum(big))
    big[::2] = big[1::2]
    print(big[:10], sum(big))
    nums = [2 ** 70 + i for i in range(40)]
    nums[:35] = nums[39:4:-1]
    print(nums[0] - 2 ** 70, nums[34] - 2 ** 70, len(nums))

    deck = [Card(r, s) for s in "SH" for r in "A23456"]
    print(riffle(deck))
    deck[:6] = deck[11:5:-1]
    print(deck)
    deck[1:4] = deck[8:11]
    print(deck)

    try:
        xs[::2] = xs[:3]
    except ValueError as e:
        print("ValueError:", e)
    try:
        xs[:2] = xs[::0]
    except ValueError as e:
        print("ValueError:", e)
    try:
        xs[::0] = xs[:2]
    except ValueError as e:
        print("ValueError:", e)
    print(xs)
    step = 0
    xs[1:2] = xs[::step]


main()
