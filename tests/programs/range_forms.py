"""range() with one, two and three arguments, including negative steps."""


def show(label, start, stop, step):
    print(label, end=":")
    count = 0
    for i in range(start, stop, step):
        print("", i, end="")
        count += 1
    print("  (", count, " items)", sep="")


def main():
    for i in range(5):
        print(i, end=" ")
    print()
    for i in range(3, 8):
        print(i, end=" ")
    print()
    for i in range(-3, 3):
        print(i, end=" ")
    print()
    show("step 2", 0, 10, 2)
    show("step 3", 1, 10, 3)
    show("down", 10, 0, -1)
    show("down by 3", 10, -10, -3)
    show("empty up", 5, 5, 1)
    show("empty wrong way", 0, 10, -1)
    show("empty down", 0, 5, -2)
    show("big step", 0, 100, 1000)
    show("negatives", -1, -10, -2)
    total = 0
    for i in range(1, 1000001):
        total += i
    print("sum 1..1e6:", total)
    n = 5
    for i in range(n):
        n -= 1  # changing n does not change the range
    print("n after loop:", n, "i:", i)
    for i in range(10):
        if i == 2:
            i = 100  # rebinding the loop variable does not affect iteration
        print(i, end=" ")
    print()
    squares = 0
    for k in range(10, 0, -1):
        squares += k * k
    print("sum of squares:", squares)


main()
