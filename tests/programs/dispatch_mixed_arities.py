"""A command table of functions taking different arguments: each call passes what its
command takes, and a wrong count raises CPython's TypeError when that command runs."""


def push(stack, value):
    stack.append(value)


def pop(stack):
    return stack.pop()


def add(stack):
    b, a = stack.pop(), stack.pop()
    stack.append(a + b)


def scale(stack, factor, offset=0):
    stack.append(stack.pop() * factor + offset)


def clear(stack, *, keep=0):
    del stack[keep:]


COMMANDS = {"push": push, "pop": pop, "add": add, "scale": scale, "clear": clear}


def run(script):
    stack = []
    for line in script:
        name, *args = line.split()
        numbers = [int(a) for a in args]
        command = COMMANDS[name]
        try:
            if len(numbers) == 0:
                result = command(stack)
            elif len(numbers) == 1:
                result = command(stack, numbers[0])
            else:
                result = command(stack, numbers[0], numbers[1])
        except TypeError as e:
            print("error:", e)
            continue
        if result is not None:
            print("popped", result)
    return stack


print(run(["push 3", "push 4", "add", "scale 2", "scale 3 1", "push 5", "pop", "pop 1",
           "add 1 2", "push", "scale", "clear 1 2"]))


def keyword_calls(table):
    for name in sorted(table):
        try:
            print(name, table[name](x=1))
        except TypeError as e:
            print(name, "TypeError:", e)


keyword_calls({"one": lambda x: x + 1, "none": lambda: 0, "two": lambda x, y: x + y,
               "kw": lambda *, x, y=2: x * y, "pair": lambda a, b, c: a})
