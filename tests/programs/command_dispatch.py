"""A tiny stack-calculator shell: commands are looked up in a table of functions and called
with the words of the line, `handler(*args)`, so the number of arguments is only known at
run time; wrong counts raise CPython's TypeError messages, which the shell reports."""


def push(stack, value):
    stack.append(float(value))
    return f"pushed {value}"


def add(stack):
    b, a = stack.pop(), stack.pop()
    stack.append(a + b)
    return f"{a} + {b}"


def scale(stack, factor, offset="0"):
    x = stack.pop() * float(factor) + float(offset)
    stack.append(x)
    return f"scaled to {x}"


def show(stack, sep=", ", prefix="stack: "):
    return prefix + sep.join(str(x) for x in stack)


class Session:
    def __init__(self):
        self.stack = []
        self.log = []

    def record(self, *words):
        self.log.append(" ".join(words))

    def undo(self, count="1"):
        for _ in range(int(count)):
            if self.stack:
                self.stack.pop()
        return f"undid {count}"


COMMANDS = {"push": push, "add": add, "scale": scale, "show": show}


def run(script):
    session = Session()
    undo, record = session.undo, session.record
    for line in script:
        name, *words = line.split()
        try:
            if name == "undo":
                print(undo(*words))
                continue
            handler = COMMANDS[name]
            print(handler(session.stack, *words))
        except KeyError:
            print(f"unknown command {name!r}")
        except TypeError as e:
            print(f"error: {e}")
        record(name, *words)
    session.record("quit", *script[0].split())
    print(len(session.log), "commands logged, the last:", session.log[-1])


run(
    [
        "push 2",
        "push 40",
        "add",
        "show",
        "show | total:",
        "scale 0.5",
        "scale 2 1",
        "push",
        "add 1",
        "scale",
        "scale 1 2 3",
        "undo",
        "undo 1 2",
        "frobnicate",
        "show ;",
    ]
)
