# Generator expressions over huge ranges count them lazily: no list of the range is built.
print(any(x > 5 for x in range(10**12)))
def f(n, k):
    g = (i * k for i in range(n) if i % 2)
    return list(g)
print(f(7, 3), next(x for x in range(3, 10**15, 7) if x % 5 == 0))
def lazy(n):
    return (i * i for i in range(1, n))
gen = lazy(10**18)
print(next(gen), next(gen), sum(x for x in range(5)))
print(max(i % 7 for i in range(100)), sorted((i for i in range(10, 0, -3))))
