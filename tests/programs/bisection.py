"""Root finding by bisection and by the secant method."""


def f(x):
    return x * x * x - 2 * x - 5


def g(x):
    return x * x - 2


def bisect_f(lo, hi, eps):
    steps = 0
    while hi - lo > eps:
        mid = (lo + hi) / 2
        if f(lo) * f(mid) <= 0:
            hi = mid
        else:
            lo = mid
        steps += 1
    print("bisection steps:", steps)
    return (lo + hi) / 2


def bisect_g(lo, hi, max_steps=200):
    for i in range(max_steps):
        mid = (lo + hi) / 2
        if mid == lo or mid == hi:
            print("converged after", i, "steps")
            break
        if g(mid) > 0:
            hi = mid
        else:
            lo = mid
    else:
        print("did not converge")
    return lo


def secant(x0, x1, eps=1e-14):
    for _ in range(100):
        f0 = f(x0)
        f1 = f(x1)
        if f1 == f0:
            break
        x2 = x1 - f1 * (x1 - x0) / (f1 - f0)
        x0, x1 = x1, x2
        if abs(x1 - x0) < eps:
            break
    return x1


def main():
    root = bisect_f(2.0, 3.0, 1e-10)
    print("root of x^3 - 2x - 5:", round(root, 8))
    print("residual small:", abs(f(root)) < 1e-8)
    r2 = bisect_g(1.0, 2.0)
    print("sqrt(2) by bisection:", r2)
    print("secant:", round(secant(2.0, 3.0), 12))
    print("f at ints:", f(2), f(3))
    print("coarse bisection:", bisect_f(2.0, 3.0, 0.5))


main()
