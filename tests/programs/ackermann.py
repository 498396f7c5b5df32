"""The Ackermann function for small arguments."""

depth = 0
max_depth = 0


def ackermann(m, n):
    global depth, max_depth
    depth += 1
    if depth > max_depth:
        max_depth = depth
    if m == 0:
        result = n + 1
    elif n == 0:
        result = ackermann(m - 1, 1)
    else:
        result = ackermann(m - 1, ackermann(m, n - 1))
    depth -= 1
    return result


def main():
    for m in range(0, 3):
        for n in range(0, 5):
            print("A(", m, ",", n, ") = ", ackermann(m, n), sep="", end="  ")
        print()
    print("A(3, 3) =", ackermann(3, 3))
    print("A(3, 5) =", ackermann(3, 5))
    print("max recursion depth seen:", max_depth)


main()
