"""match in methods, loops and nested bodies: a state machine on (state, button) tuples, a tree
walk over class patterns with sequence sub-patterns, class constants as value patterns, a
dict-encoded instruction list, a mixed list dispatched on builtin types."""
class Color:
    RED = 1
    GREEN = 2


class Light:
    def __init__(self):
        self.state = "off"
        self.count = 0

    def press(self, button):
        match self.state, button:
            case "off", "power":
                self.state = "on"
            case "on", "power":
                self.state = "off"
            case "on", "plus" | "minus" as b:
                self.count += 1 if b == "plus" else -1
            case state, other:
                print("ignored", other, "in", state)
        return self.state


class Node:
    def __init__(self, value, children):
        self.value = value
        self.children = children


def walk(node, depth=0):
    match node:
        case Node(value=v, children=[]):
            print("  " * depth + f"leaf {v}")
        case Node(value=v, children=[only]):
            print("  " * depth + f"chain {v}")
            walk(only, depth + 1)
        case Node(value=v, children=kids):
            print("  " * depth + f"node {v} with {len(kids)}")
            for k in kids:
                walk(k, depth + 1)


def paint(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case other:
            return f"unknown {other}"


def run(program):
    stack = []
    for instr in program:
        match instr:
            case {"op": "push", "value": v}:
                stack.append(v)
            case {"op": "add"}:
                b, a = stack.pop(), stack.pop()
                stack.append(a + b)
            case {"op": "print"}:
                print("top", stack[-1])
            case {"op": op}:
                print("unknown op", op)
    return stack


def segments(points):
    match points:
        case [(x0, y0), *rest] if rest:
            print("starts at", x0, y0, "then", len(rest))
            match rest[-1]:
                case (x1, y1):
                    print("ends at", x1, y1)
        case [(x, y)]:
            print("single", x, y)
        case []:
            print("none")


light = Light()
for b in ["power", "plus", "plus", "minus", "dim", "power", "plus"]:
    print(b, light.press(b), light.count)
walk(Node(1, [Node(2, [Node(3, [])]), Node(4, []), Node(5, [Node(6, []), Node(7, [])])]))
print(paint(1), paint(2), paint(7))
print(run([{"op": "push", "value": 2}, {"op": "push", "value": 5}, {"op": "add"}, {"op": "print"}, {"op": "jump"}]))
segments([(0, 0), (1, 1), (2, 5)])
segments([(3, 4)])
segments([])

values = [3, "x", 4.5, [1, 2], (1, 2, 3), {"k": 1}, None, True]
counts = {}
for v in values:
    match v:
        case bool(b):
            key = "bool"
        case int(i) if i > 2:
            key = "big int"
        case str():
            key = "text"
        case float():
            key = "float"
        case [_, _]:
            key = "pair"
        case (_, _, *_):
            key = "long seq"
        case {"k": _}:
            key = "k-map"
        case _:
            key = "other"
    counts[key] = counts.get(key, 0) + 1
print(counts)
x = [5, 6, 7]
match x:
    case [x, *_]:
        print("first", x)
