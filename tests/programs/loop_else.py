"""while/else and for/else: the else runs only when no break happened."""


def find_divisor(n):
    for d in range(2, n):
        if d * d > n:
            break
        if n % d == 0:
            print(n, "has divisor", d)
            return d
    else:
        print(n, "searched the whole range")
    return 0


def first_square_above(limit):
    k = 0
    while k * k <= limit:
        k += 1
    else:
        print("while loop finished normally at", k)
    return k * k


def search_with_while(target):
    i = 0
    while i < 10:
        if i == target:
            print("found", target, "at", i)
            break
        i += 1
    else:
        print("target", target, "not found")


def main():
    print(find_divisor(91), find_divisor(97), find_divisor(3), find_divisor(4))
    print(first_square_above(50))
    search_with_while(4)
    search_with_while(42)
    for i in range(0):
        print("never")
    else:
        print("empty for loop runs else")
    n = 0
    while n > 0:
        n -= 1
    else:
        print("while with false condition runs else")
    for i in range(3):
        for j in range(3):
            if j == 2:
                break
        else:
            print("inner else never runs")
    else:
        print("outer else runs, i =", i)
    # prime search with for/else
    for n in range(2, 30):
        for x in range(2, n):
            if n % x == 0:
                break
        else:
            print(n, end=" ")
    print()
    # continue does not prevent else
    for k in range(5):
        if k % 2 == 0:
            continue
    else:
        print("loop with continue reached else, k =", k)


main()
