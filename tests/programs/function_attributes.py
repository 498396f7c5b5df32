"""Attributes on function objects: a call-counting decorator, a command registry that tags
its handlers, and per-closure settings."""
import functools


def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)

    wrapper.calls = 0
    return wrapper


@counted
def add(a, b):
    return a + b


@counted
def shout(text):
    return text.upper() + "!"


for i in range(5):
    add(i, i)
shout("hey")
print(add.__name__, add.calls, shout.__name__, shout.calls)

COMMANDS = {}


def command(name, help="", aliases=()):
    def register(fn):
        fn.help = help
        fn.aliases = list(aliases)
        COMMANDS[name] = fn
        for alias in aliases:
            COMMANDS[alias] = fn
        return fn

    return register


@command("list", help="list the items", aliases=("ls",))
def list_items(items):
    return ", ".join(items)


@command("count", help="count the items")
def count_items(items):
    return str(len(items))


@command("first")
def first_item(items):
    return items[0] if items else "-"


items = ["pear", "fig", "kiwi"]
for name in sorted(COMMANDS):
    fn = COMMANDS[name]
    label = fn.help or "(no help)"
    print(f"{name:6} {label:18} aliases={fn.aliases} -> {fn(items)}")
print(hasattr(list_items, "help"), hasattr(list_items, "missing"), hasattr(list_items, "__name__"))


def fib(n):
    if n in fib.memo:
        return fib.memo[n]
    value = n if n < 2 else fib(n - 1) + fib(n - 2)
    fib.memo[n] = value
    return value


fib.memo = {}
print(fib(60), len(fib.memo))


def make_scaler(factor):
    def scale(x):
        scale.used += 1
        return x * factor

    scale.used = 0
    scale.factor = factor
    return scale


scalers = [make_scaler(k) for k in (2, 3, 10)]
for s in scalers:
    for x in range(s.factor):
        s(x)
print([(s.factor, s.used) for s in scalers])
scalers.pop()
print(len(scalers), scalers[-1](7), scalers[-1].used)

try:
    print(first_item.help)
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(count_items.version)
except AttributeError as e:
    print("AttributeError:", e)
