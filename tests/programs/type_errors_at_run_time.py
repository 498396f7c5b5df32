# Operations CPython rejects only when they run: programs catch the TypeError, report it,
# and go on; the last one is not caught.


class Vehicle:
    def __init__(self, name, speed):
        self.name = name
        self.speed = speed

    def __repr__(self):
        return f"Vehicle({self.name!r}, {self.speed})"


def label(count):
    try:
        return "items: " + count
    except TypeError as e:
        print("  label failed:", e)
        return "items: " + str(count)


def fastest(fleet):
    try:
        return fleet[0] if fleet[0] > fleet[1] else fleet[1]
    except TypeError as e:
        print("  compare failed:", e)
        return max(fleet, key=lambda v: v.speed)


def trace(tag, value):
    print("  evaluating", tag)
    return value


print(label(3))
print(fastest([Vehicle("bike", 25), Vehicle("car", 120)]))

checks = 0
for attempt in range(3):
    try:
        if attempt == 0:
            print(-"minus")
        elif attempt == 1:
            total = 10
            total -= "3"
        else:
            handler = 42
            handler("go")
    except TypeError as e:
        checks += 1
        print(f"attempt {attempt}: {type(e).__name__}: {e}")
print("checks:", checks)

# The operands are evaluated, in order, before the operation raises.
try:
    trace("left", [1, 2]) + trace("right", (3, 4))
except TypeError as e:
    print("concat:", e)
try:
    trace("count", 3) < trace("name", "three")
except TypeError as e:
    print("order:", e)
try:
    print("ab" * 2.5)
except TypeError as e:
    print("repeat:", e)
try:
    print(2.5 * ["x"])
except TypeError as e:
    print("repeat:", e)
try:
    print(1.5 - "x")
except TypeError as e:
    print("minus:", e)
finally:
    print("finally runs")


# Calls whose arguments do not fit raise when they run, after evaluating the arguments.
def connect(host, *, port=80):
    return f"{host}:{port}"


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


for attempt in ("positional", "missing", "keyword"):
    try:
        if attempt == "positional":
            print(connect(trace("host", "example.org"), 8080))
        elif attempt == "missing":
            print(Point(1).x)
        else:
            print(connect("example.org", timeout=3))
    except TypeError as e:
        print(f"{attempt}: {e}")
print(connect("example.org", port=443), Point(2, 3).y)


# A subclass that defines `__eq__` alone is unhashable, whatever its base defines.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __hash__(self):
        return hash(self.cents)


class Tip(Money):
    def __eq__(self, other):
        return False


print(hash(Money(250)) == hash(250))
try:
    print(hash(Tip(5)))
except TypeError as e:
    print("hash:", e)


# Membership tests that cannot work raise when they run; lambdas stored in one attribute are
# each called only with what suits them.
def has_at(v):
    try:
        return "@" in v
    except TypeError as e:
        return str(e)


class Rule:
    def __init__(self, check):
        self.check = check

    def run(self, v):
        return self.check(v)


print(has_at("a@b"), has_at(5))
for probe in (3, None):
    try:
        print(probe in "abc" if probe is not None else "a" in probe)
    except TypeError as e:
        print("membership:", e)
email, big = Rule(lambda v: "@" in v), Rule(lambda v: v > 1)
print(email.run("a@b"), big.run(5))


def ratio(parts):
    return parts / 2


print(ratio(10))
print(ratio("ten"))
print("not reached")
