def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x * 10


for v in count_up(4):
    print("v", v)
print([e for e in evens([1, 2, 3, 4, 5, 6])])


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


for f in fib():
    if f > 100:
        break
    print(f, end=" ")
print()


def words(text):
    for w in text.split():
        yield w.upper()
    yield "END"


for w in words("lazy evaluation rocks"):
    print(w)


def chain(a, b):
    yield from a
    yield from b


for x in chain([1, 2], [3]):
    print("chain", x)


print(list(count_up(5)), sum(count_up(10)), sorted(evens([9, 8, 7, 6])))
print(max(count_up(7)), min(words("b a c")), any(x > 3 for x in count_up(5)))
g = count_up(3)
print(next(g), next(g), next(g), next(g, -1))


class Tree:
    def __init__(self, value, left, right):
        self.value = value
        self.left = left
        self.right = right

    def walk(self):
        if self.left is not None:
            yield from self.left.walk()
        yield self.value
        if self.right is not None:
            yield from self.right.walk()


t = Tree(5, Tree(3, Tree(1, None, None), None), Tree(8, None, Tree(9, None, None)))
print(list(t.walk()))


def pipeline(n):
    squares = (x * x for x in range(n))
    return squares


def take(gen, k):
    out = []
    for v in gen:
        if len(out) == k:
            break
        out.append(v)
    return out


print(take(fib(), 10), list(pipeline(5)), take(pipeline(100), 3))


def primes():
    found = []
    n = 2
    while True:
        if all(n % p != 0 for p in found):
            found.append(n)
            yield n
        n += 1


print(take(primes(), 12))
h = count_up(2)
print(next(h), next(h))
next(h)
