"""Two float loops approximating pi: the Leibniz series and the midpoint rule
for the integral of 4 / (1 + x^2) over [0, 1], each with N terms."""

N = 5000000


def leibniz(n):
    total = 0.0
    sign = 1.0
    for k in range(n):
        total += sign / (2 * k + 1)
        sign = -sign
    return 4.0 * total


def integrate(n):
    h = 1.0 / n
    total = 0.0
    for i in range(n):
        x = (i + 0.5) * h
        total += 4.0 / (1.0 + x * x)
    return total * h


def main():
    print(leibniz(N))
    print(integrate(N))


if __name__ == "__main__":
    main()
