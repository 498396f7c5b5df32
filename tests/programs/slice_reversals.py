"""Reversing part of a list through slice assignment from the same list (pancake flips,
`xs[a:b] = xs[b-1:a-1:-1]`), next to the assignments that look alike but are not
reversals: other ranges, other lengths, other lists, steps, negative and clamped bounds."""


def flip(stack, k):
    stack[:k + 1] = stack[k::-1]
    return stack


def main():
    for k in range(5):
        print(k, flip(list(range(5)), k))
    words = ["alpha", "beta", "gamma", "delta", "eps"]
    words[1:4] = words[3:0:-1]
    print(words)
    big = [2**70 + i for i in range(4)]
    big[:3] = big[2::-1]
    print(big)
    xs = list(range(8))
    xs[-3:] = xs[:-4:-1]
    print(xs)
    xs = list(range(8))
    xs[2:6] = xs[6:2:-1]          # another range: a copy, not a reversal
    print(xs)
    xs = list(range(8))
    xs[0:3] = xs[5::-1]           # longer: the list grows
    print(xs)
    xs = list(range(8))
    xs[:20] = xs[20::-1]          # bounds clamped: the whole list reversed
    print(xs)
    ys = list(range(6))
    zs = list(range(10, 16))
    ys[:3] = zs[2::-1]            # another list
    print(ys, zs)
    xs = list(range(8))
    xs[::2] = xs[6::-2]           # extended slices
    print(xs)
    for k in (-1, -3, 5, 6, 2**70, -2**70):
        print(k, flip(list(range(5)), k))
    empty = []
    empty[:0] = empty[::-1]
    print(empty)
    try:
        xs[::2] = xs[::-1]
    except ValueError as e:
        print("ValueError:", e)


main()
