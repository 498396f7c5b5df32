"""getattr with a computed name (visitor dispatch, command tables, settings read by key),
setattr with a literal name."""
from collections import OrderedDict

class Node:
    pass


class Num(Node):
    def __init__(self, value):
        self.value = value


class Add(Node):
    def __init__(self, left, right):
        self.left = left
        self.right = right


class Mul(Node):
    def __init__(self, left, right):
        self.left = left
        self.right = right


class Evaluator:
    def visit(self, node):
        method = getattr(self, "visit_" + type(node).__name__, self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        raise TypeError(f"no visitor for {type(node).__name__}")

    def visit_Num(self, node):
        return node.value

    def visit_Add(self, node):
        return self.visit(node.left) + self.visit(node.right)


class Printer:
    def visit(self, node):
        return getattr(self, "visit_" + type(node).__name__)(node)

    def visit_Num(self, node):
        return str(node.value)

    def visit_Add(self, node):
        return f"({self.visit(node.left)} + {self.visit(node.right)})"

    def visit_Mul(self, node):
        return f"{self.visit(node.left)} * {self.visit(node.right)}"


class Settings:
    def __init__(self):
        self.width = 80
        self.height = 24
        self.title = "main"


tree = Add(Num(2), Add(Num(3), Num(4)))
print(Evaluator().visit(tree))
print(Printer().visit(Mul(tree, Num(5))))
try:
    Evaluator().visit(Mul(Num(1), Num(2)))
except TypeError as e:
    print("TypeError:", e)
s = Settings()
for key in ["width", "height", "title", "depth"]:
    print(key, getattr(s, key, "?"))
setattr(s, "width", 100)
print(s.width, hasattr(s, "width"), hasattr(s, "depth"))
commands = [("push", 3), ("push", 4), ("add", 0), ("show", 0)]


class Machine:
    def __init__(self):
        self.stack = []

    def push(self, x):
        self.stack.append(x)

    def add(self, _):
        self.stack.append(self.stack.pop() + self.stack.pop())

    def show(self, _):
        print("stack:", self.stack)


m = Machine()
for op, arg in commands:
    getattr(m, op)(arg)
try:
    getattr(m, "jump")(1)
except AttributeError as e:
    print("AttributeError:", e)




class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return -1
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)

    @property
    def size(self):
        return len(self.data)


ops = ["LRUCache", "put", "put", "get", "put", "get", "put", "get", "get", "get"]
args = [[2], [1, 1], [2, 2], [1], [3, 3], [2], [4, 4], [1], [3], [4]]
obj = LRUCache(*args[0])
out = [None]
for op, a in zip(ops[1:], args[1:]):
    out.append(getattr(obj, op)(*a))
print(out, obj.size, getattr(obj, "size"))



class Shell:
    """A command table by method-name prefix, with data attributes beside the commands."""

    def __init__(self):
        self.files = {}
        self.history = []

    def do_echo(self, args):
        return " ".join(args)

    def do_count(self, args):
        return str(len(args))

    def do_touch(self, args):
        for name in args:
            self.files[name] = ""
        return f"{len(self.files)} files"

    def run(self, line):
        cmd, *args = line.split()
        self.history.append(cmd)
        handler = getattr(self, "do_" + cmd, None)
        if handler is None:
            return f"unknown command: {cmd}"
        return handler(args)

    def help(self, topic):
        return getattr(self, f"do_{topic}", None) is not None


sh = Shell()
for line in ["echo hello world", "count a b c", "touch x y", "files", "history"]:
    print(sh.run(line))
print(sh.help("echo"), sh.help("files"), sh.history)

print(getattr(Printer(), "missing"))
