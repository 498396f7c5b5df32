"""enumerate() and zip() in for loops, list(range(...)), and loops that change their list."""


def dot(xs, ys):
    total = 0.0
    for x, y in zip(xs, ys):
        total += x * y
    return total


def positions(xs, target):
    found = []
    for i, x in enumerate(xs):
        if x == target:
            found.append(i)
    return found


def main():
    xs = [1.5, 2.0, -0.5, 4.0]
    ys = [2.0, 0.5, 8.0]
    print(dot(xs, ys), dot(ys, xs))
    print(positions([3, 1, 3, 3, 7], 3), positions([], 1))
    for i, name in enumerate(["ada", "alan", "grace"], 1):
        print(i, name)
    for a, b, c in zip([1, 2, 3], "xyz", [True, False, True]):
        print(a, b, c)
    nums = list(range(5))
    print(nums, list(range(10, 0, -3)), list(range(0)))
    for n in nums:
        if n < 3:
            nums.append(n + 10)
    print(nums)
    for i, n in enumerate(nums):
        if n > 10:
            break
    else:
        print("no break")
    print(i, n)
    for i, n in enumerate([]):
        print("never")
    else:
        print("empty else")
    squares = [i * i for i in range(6)]
    evens = [x for x in squares if x % 2 == 0]
    pairs = [a * 10 + b for a in range(3) for b in range(3) if a != b]
    print(squares, evens, pairs)


main()
