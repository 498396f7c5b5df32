"""Function locals reused for values of different types: each top-level assignment of a
function starts a variable of its own, as module-level names do."""
import sys

count = 100


def summarize(text):
    parts = text.split(",")
    print(len(parts), parts)
    parts = [int(p) for p in parts]
    print(sum(parts))
    parts = {p % 3 for p in parts}
    print(sorted(parts))
    total = 0
    for p in parts:
        total += p
    total = f"total={total}"
    return total


def after_loop(rows):
    for row in rows:
        last = row[0]
    print("last", last)
    last = [r[1] for r in rows]
    last += ["end"]
    return last


def with_closure():
    value = 1
    value = value + 1

    def show():
        return value * 10

    return show()


def unbound_first():
    try:
        print(count)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    count = "local"
    count = len(count)
    return count


def generator(words):
    item = len(words)
    yield item
    item = words[0]
    yield item.upper()
    for item in words:
        yield item


class Parser:
    def parse(self, line):
        key = line.split("=")
        key, value = key[0].strip(), key[1].strip()
        value = int(value) if value.isdigit() else value
        return key, value


def deleted():
    tmp = 5
    tmp = tmp * 2
    del tmp
    tmp = "back"
    return tmp


def read_lines():
    data = sys.stdin.read() if False else "3\n1 2 3\n"
    data = data.split("\n")
    n = int(data[0])
    data = list(map(int, data[1].split()))
    return n, data, sum(data) / n


def producer(n):
    try:
        yield n
    finally:
        print("finally", n)


def rebinding_releases():
    g = producer(1)
    print(next(g))
    g = ["list"]
    print("after", g)
    g = producer(2)
    print(next(g))
    g = sum([3, 4])
    print("after", g)


def counter_with_nonlocal():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count

    count = 10
    print(bump(), count)
    count = count * 2
    print(bump(), count)


print(summarize("4,5,6,7"))
print(after_loop([("a", 1), ("b", 2)]))
print(with_closure())
print(unbound_first())
print(list(generator(["xy", "zw"])))
print(Parser().parse("size = 12"), Parser().parse("name=box"))
print(deleted())
print(read_lines())
rebinding_releases()
counter_with_nonlocal()
