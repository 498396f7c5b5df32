"""When a variable's value is read relative to assignments in the same statement: walrus
operands after a read, a failed assignment inside try keeping the old value, and reads of
names that have no value yet."""


def weights(values):
    total = 0
    seen = []
    for v in values:
        # The left operand is read before the walrus rebinds `total`.
        step = total + (total := total + v)
        seen.append(step)
    return seen, total


def label(n):
    return f"{n}:{n * 2}"


def announce(count):
    print(count, (count := count + 1), count)
    return label(count) + label((count := count * 10))


def parse_all(texts):
    results = []
    for text in texts:
        value = -1
        try:
            value = int(text)
        except ValueError:
            pass
        results.append(value)
    return results


def lookup(table, key):
    found = "none"
    try:
        found = table[key]
    except KeyError:
        pass
    return found


def ratio(a, b):
    r = 1.5
    try:
        r = a / b
    except ZeroDivisionError:
        pass
    return r


def self_copy():
    level = level
    return level


def swap_cycle():
    a = c
    c = a
    return c


def compare_first():
    ok = 10 > limit
    limit = 3
    return ok


print(weights([1, 2, 3, 4]))
print(announce(5))
print(parse_all(["12", "x", "7", ""]))
print(lookup({"a": "apple"}, "a"), lookup({"a": "apple"}, "b"))
print(ratio(3, 4), ratio(3, 0))
for fn in (self_copy, swap_cycle, compare_first):
    try:
        fn()
    except UnboundLocalError as e:
        print(type(e).__name__, e)
words = "one two three".split()
if (n := len(words)) > 2:
    print("long:", n, words[n - 1])
print(n + (n := 10), n)


def read_numbers(lines):
    # Loop until an exception, then fall off the end of the function.
    numbers = []
    i = 0
    while True:
        try:
            numbers.append(int(lines[i]))
        except ValueError:
            numbers.append(0)
        except IndexError:
            break
        i += 1
    print("read", len(numbers))


def tolerant(texts):
    # A generator that catches what a conversion raises, then yields.
    for t in texts:
        n = -1
        try:
            n = int(t)
        except ValueError:
            pass
        yield n


def pair(*items):
    return items


def walrus_operands():
    a = 1
    print(pair(a, (a := 2), a), (a, (a := 3)))
    b = 3
    print({b: (b := 4)}, max(b, (b := 0)))
    s = "x"
    print(s.join(["1", (s := "2")]))
    xs = [1, 2, 3]
    print(xs[(xs := [7, 8, 9])[0] - 7])


read_numbers(["4", "x", "6"])
print("after", list(tolerant(["1", "two", "3"])))
walrus_operands()
