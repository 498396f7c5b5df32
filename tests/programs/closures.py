def make_counter(start):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count

    return inc


c = make_counter(10)
print(c(), c(), c(5))


def compose(f, g):
    return lambda x: f(g(x))


def double(x):
    return x * 2


def square(x):
    return x * x


h = compose(double, square)
print(h(3), compose(square, double)(3))

adders = []
for k in range(3):
    adders.append(lambda x, k=k: x + k)
print([a(10) for a in adders])

late = []
for k in range(3):
    late.append(lambda x: x + k)
print([a(10) for a in late])

ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b}
for name in ["add", "sub", "mul"]:
    print(name, ops[name](7, 3))


def apply_all(fs, v):
    return [f(v) for f in fs]


print(apply_all([double, square, lambda v: abs(v)], -4))


def outer(n):
    def fact(k):
        if k <= 1:
            return 1
        return k * fact(k - 1)

    return fact(n)


print(outer(20))


def memo_fib():
    cache = {}

    def fib(n):
        if n in cache:
            return cache[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = r
        return r

    return fib(80)


print(memo_fib())
total = 0


def accumulate(xs):
    def add(v):
        global total
        total += v

    for x in xs:
        add(x)


accumulate([1, 2, 3])
print(total)
