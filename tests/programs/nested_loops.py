"""Nested loops with break and continue; multiplication tables and triangles."""


def multiplication_table(n):
    for i in range(1, n + 1):
        line = ""
        for j in range(1, n + 1):
            cell = str(i * j)
            while len(cell) < 4:
                cell = " " + cell
            line += cell
        print(line)


def pythagorean_triples(limit):
    count = 0
    for a in range(1, limit):
        for b in range(a, limit):
            c2 = a * a + b * b
            c = 1
            while c * c < c2:
                c += 1
            if c >= limit:
                break
            if c * c != c2:
                continue
            count += 1
            print("(", a, ", ", b, ", ", c, ")", sep="", end=" ")
    print()
    return count


def triangle(rows):
    for r in range(1, rows + 1):
        print(" " * (rows - r) + "*" * (2 * r - 1))


def main():
    multiplication_table(6)
    print("triples:", pythagorean_triples(30))
    triangle(5)
    # skip multiples of 3, stop when the sum passes 100
    total = 0
    n = 0
    while True:
        n += 1
        if n % 3 == 0:
            continue
        total += n
        if total > 100:
            break
    print("stopped at", n, "with total", total)
    # count lattice points in a circle of radius 10
    inside = 0
    for x in range(-10, 11):
        for y in range(-10, 11):
            if x * x + y * y > 100:
                continue
            inside += 1
    print("lattice points:", inside)
    # first pair whose product is 391
    found = False
    for a in range(2, 100):
        for b in range(a, 100):
            if a * b == 391:
                found = True
                break
        if found:
            break
    print("factors of 391:", a, b)


main()
