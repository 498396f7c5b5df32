"""Counting ways to make change, recursively, with a global call counter."""

calls = 0


def coin(i):
    if i == 0:
        return 1
    if i == 1:
        return 2
    if i == 2:
        return 5
    if i == 3:
        return 10
    if i == 4:
        return 20
    if i == 5:
        return 50
    if i == 6:
        return 100
    return 200


def ways(amount, index):
    global calls
    calls += 1
    if amount == 0:
        return 1
    if amount < 0 or index < 0:
        return 0
    return ways(amount - coin(index), index) + ways(amount, index - 1)


def min_coins(amount):
    count = 0
    i = 7
    while amount > 0:
        while coin(i) > amount:
            i -= 1
        amount -= coin(i)
        count += 1
    return count


def main():
    for amount in range(0, 21, 5):
        print("ways to make", amount, ":", ways(amount, 7))
    print("ways to make 100:", ways(100, 7))
    print("recursive calls:", calls)
    print("greedy coins for 289:", min_coins(289), "for 0:", min_coins(0), "for 399:", min_coins(399))


main()
