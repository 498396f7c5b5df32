"""An AST toolkit written the textbook way: nodes compare field by field through
`getattr(self, f)`, a visitor finds `visit_<Class>` by name and keeps it in a local before
calling it, evaluation errors carry the offending node, and named tuples are read field by
field."""
from collections import namedtuple


class Node:
    _fields = ()

    def __eq__(self, other):
        if not isinstance(other, Node) or type(self) is not type(other):
            return False
        for f in self._fields:
            if getattr(self, f) != getattr(other, f):
                return False
        return True

    def __repr__(self):
        args = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{type(self).__name__}({args})"


class Num(Node):
    _fields = ("value",)

    def __init__(self, value):
        self.value = value


class Name(Node):
    _fields = ("id",)

    def __init__(self, id):
        self.id = id


class BinOp(Node):
    _fields = ("left", "op", "right")

    def __init__(self, left, op, right):
        self.left = left
        self.op = op
        self.right = right


class EvalError(Exception):
    pass


class Visitor:
    def visit(self, node):
        method = "visit_" + type(node).__name__
        visitor = getattr(self, method, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        raise EvalError(node)


class Evaluator(Visitor):
    def __init__(self, env):
        self.env = env
        self.steps = 0

    def visit_Num(self, node):
        self.steps += 1
        return node.value

    def visit_Name(self, node):
        self.steps += 1
        if node.id not in self.env:
            raise NameError(node)
        return self.env[node.id]

    def visit_BinOp(self, node):
        self.steps += 1
        left = self.visit(node.left)
        right = self.visit(node.right)
        if node.op == "+":
            return left + right
        if node.op == "*":
            return left * right
        raise EvalError(node)


class Printer(Visitor):
    def visit_Num(self, node):
        return str(node.value)

    def visit_Name(self, node):
        return node.id

    def visit_BinOp(self, node):
        return f"({self.visit(node.left)} {node.op} {self.visit(node.right)})"


tree = BinOp(Num(2), "*", BinOp(Name("x"), "+", Num(3)))
print(tree)
print(tree == BinOp(Num(2), "*", BinOp(Name("x"), "+", Num(3))), tree == Num(2), Num(1) == "x")
ev = Evaluator({"x": 4})
print(Printer().visit(tree), "=", ev.visit(tree), "in", ev.steps, "steps")
for bad in [BinOp(Num(1), "-", Num(2)), Name("y"), BinOp(Num(1), "+", Name("z"))]:
    try:
        Evaluator({}).visit(bad)
    except EvalError as e:
        print("cannot evaluate:", e, e.args)
    except NameError as e:
        print("unbound:", e)

Token = namedtuple("Token", "kind text pos")
tok = Token("NUM", "42", 7)
for field in Token._fields:
    print(field, "=", getattr(tok, field))
print(tok._make(["OP", "+", 9]))
make = Token._make
print(make(("NAME", "x", 0)))

# hasattr of values whose builtin type is known.
for probe in ["append", "upper", "keys", "__len__", "bit_length", "real"]:
    print(probe, hasattr([1], probe), hasattr("s", probe), hasattr({}, probe),
          hasattr(3, probe), hasattr(2.5, probe), hasattr((1,), probe), hasattr(None, probe))
