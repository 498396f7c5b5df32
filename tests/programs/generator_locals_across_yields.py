"""Generators whose locals live across some `yield`s and not others: loop state kept over an
inner `yield from`, temporaries used between two `yield`s, values read only after a later
`yield`, closures over generator locals, and `try`/`finally` around a `yield`."""


def tokens(text):
    word = ""
    pos = 0
    for ch in text:
        pos += 1
        if ch.isalnum():
            word += ch
            continue
        if word:
            yield word, pos - len(word) - 1
            word = ""
        if ch != " ":
            yield ch, pos - 1
    if word:
        yield word, pos - len(word)


def windows(items, size):
    window = []
    seen = 0
    for item in items:
        window.append(item)
        seen += 1
        if len(window) > size:
            window.pop(0)
        if len(window) == size:
            yield tuple(window)
    summary = f"{seen} items"
    yield ("done", summary)


def interleave(a, b):
    first = list(a)
    second = list(b)
    longest = max(len(first), len(second))
    for i in range(longest):
        if i < len(first):
            yield first[i]
        label = str(i) * 2
        if i < len(second):
            yield second[i]
        yield label


def nested(n):
    total = 0
    for i in range(n):
        scale = i * 10
        inner = yield from tokens("x" * i + " y")
        for j in range(i):
            yield scale + j
            total += j
        if inner is not None:
            total += 1000
    yield total


def counter(start):
    count = start

    def bump(k):
        return count + k

    while count < start + 3:
        yield bump(100)
        count += 1
    yield bump(0)


def guarded(values, log):
    state = "start"
    try:
        for v in values:
            state = f"at {v}"
            yield v * 2
    finally:
        log.append(state)


def tree(depth, prefix):
    if depth == 0:
        yield prefix
        return
    left = prefix + "L"
    right = prefix + "R"
    yield from tree(depth - 1, left)
    marker = len(left) + len(right)
    yield from tree(depth - 1, right)
    yield f"{prefix or '-'}:{marker}"


print(list(tokens("let x1 = foo(y, 22) + bar")))
print(list(windows([3, 1, 4, 1, 5, 9, 2, 6], 3)))
print(list(interleave("abc", [1, 2, 3, 4, 5])))
print(list(nested(4)))
print(list(counter(7)))
log = []
print(list(guarded([1, 2, 3], log)), log)
g = guarded([5, 6, 7], log)
print(next(g), next(g))
g.close()
print(log)
print(list(tree(3, "")))
gens = [windows(range(k), 2) for k in range(4)]
print([list(x) for x in gens])
