"""match over expression trees built from tuples (a recursive evaluator specialized per tree
shape), FizzBuzz on a tuple subject, builtin-type class patterns, a token loop with break and
continue in cases, a generator, a module-level match, and CPython's TypeError for a class
pattern with positional sub-patterns its class does not accept."""
import sys


def fizz(n):
    match (n % 3, n % 5):
        case (0, 0):
            return "FizzBuzz"
        case (0, _):
            return "Fizz"
        case (_, 0):
            return "Buzz"
        case _:
            return str(n)


def kind(v):
    match v:
        case bool():
            return "bool"
        case int():
            return "int"
        case float(f):
            return f"float {f}"
        case str() as s:
            return f"str of {len(s)}"
        case [*items]:
            return f"seq of {len(items)}"
        case {}:
            return "mapping"
        case None:
            return "nothing"
    return "unknown"


def evaluate(expr):
    match expr:
        case ("+", a, b):
            return evaluate(a) + evaluate(b)
        case ("*", a, b):
            return evaluate(a) * evaluate(b)
        case ("-", a):
            return -evaluate(a)
        case int(n):
            return n
    raise ValueError(f"bad expression {expr!r}")


def shape(t):
    """Tuples of run-time length are tuples too."""
    if isinstance(t, tuple) and len(t) == 3:
        return "triple"
    elif isinstance(t, tuple) and len(t) == 2:
        return "pair"
    return "other"


class Money:
    def __init__(self, cents):
        self.cents = cents


print([fizz(i) for i in range(1, 16)])
for v in [True, 3, 2.5, "abc", [1, 2], (3,), {"a": 1}, None]:
    print(kind(v))
print(evaluate(("+", 1, ("*", 2, ("-", 3)))))
print(evaluate(("*", ("+", 1, 2), ("+", ("-", 4), 10))))
print(shape(tuple([1, "a", 2.0])), shape(tuple(["x", 2])), shape(tuple([])))

total = 0
for token in "1 2 + 3 stop 4".split():
    match token:
        case "+":
            total += 100
        case "stop":
            break
        case digits if digits.isdigit():
            total += int(digits)
            continue
    print("after", token, total)
print("total", total)

status = 404
match status:
    case 200 | 201:
        message = "ok"
    case 404:
        message = "not found"
    case code:
        message = f"code {code}"
print(message)


def gen(items):
    for it in items:
        match it:
            case (k, v):
                yield f"{k}={v}"
            case str(s):
                yield s.upper()


print(list(gen([("a", 1), "b", ("c", 2)])))

grid = [[1, 0], [0, 1]]
match grid:
    case [[a, b], [c, d]]:
        print("det", a * d - b * c)

point = (3, 4)
match point:
    case (x, y) if x > y:
        print("below")
    case (x, y):
        print("above or on", x, y)
print(x, y)

data = [1, "two", 3.0, [4], None]
for item in data:
    match item:
        case int(n) | float(n):
            print("number", n)
        case str(s):
            print("text", s)
        case _:
            print("other", item)


def check(code):
    match code:
        case 0:
            return
        case _:
            print("failing with", code)
            sys.exit(code)


check(0)
try:
    evaluate(("?", 1))
except ValueError as e:
    print("error:", e)
try:
    match 5:
        case int(a, b):
            print("never")
except TypeError as e:
    print("error:", e)
match Money(250):
    case Money(cents):
        print("never", cents)
