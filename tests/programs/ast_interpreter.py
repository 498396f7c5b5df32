# A tiny expression language: a tokenizer, a recursive-descent parser building AST-node
# classes, and an evaluator that dispatches on the node classes.


class Node:
    def eval(self, env):
        raise NotImplementedError(type_name(self))

    def show(self):
        return "?"


def type_name(node):
    return "node"


class Num(Node):
    def __init__(self, value):
        self.value = value

    def eval(self, env):
        return self.value

    def show(self):
        return str(self.value)


class Var(Node):
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        if self.name not in env:
            raise NameError(f"name '{self.name}' is not defined")
        return env[self.name]

    def show(self):
        return self.name


class BinOp(Node):
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def eval(self, env):
        a = self.left.eval(env)
        b = self.right.eval(env)
        if self.op == "+":
            return a + b
        if self.op == "-":
            return a - b
        if self.op == "*":
            return a * b
        if b == 0:
            raise ZeroDivisionError("division by zero in " + self.show())
        return a // b

    def show(self):
        return "(" + self.left.show() + " " + self.op + " " + self.right.show() + ")"


class Neg(Node):
    def __init__(self, operand):
        self.operand = operand

    def eval(self, env):
        return -self.operand.eval(env)

    def show(self):
        return "-" + self.operand.show()


class Parser:
    def __init__(self, text):
        self.tokens = tokenize(text)
        self.pos = 0

    def peek(self):
        if self.pos < len(self.tokens):
            return self.tokens[self.pos]
        return ""

    def next(self):
        tok = self.peek()
        self.pos += 1
        return tok

    def expr(self):
        node = self.term()
        while self.peek() in ("+", "-"):
            op = self.next()
            node = BinOp(op, node, self.term())
        return node

    def term(self):
        node = self.factor()
        while self.peek() in ("*", "/"):
            op = self.next()
            node = BinOp(op, node, self.factor())
        return node

    def factor(self):
        tok = self.next()
        if tok == "-":
            return Neg(self.factor())
        if tok == "(":
            node = self.expr()
            self.next()
            return node
        if tok.isdigit():
            return Num(int(tok))
        return Var(tok)


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == " ":
            i += 1
        elif c.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            tokens.append(text[i:j])
            i = j
        elif c.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            tokens.append(text[i:j])
            i = j
        else:
            tokens.append(c)
            i += 1
    return tokens


def count_nodes(node):
    if isinstance(node, BinOp):
        return 1 + count_nodes(node.left) + count_nodes(node.right)
    if isinstance(node, Neg):
        return 1 + count_nodes(node.operand)
    return 1


env = {"x": 6, "y": 7, "big": 10**20}
programs = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "x * y - 2",
    "-(x - y) * big",
    "big * big / 7",
    "x / (y - 7)",
    "z + 1",
    "((((1))))",
]
for src in programs:
    tree = Parser(src).expr()
    try:
        print(tree.show(), "=", tree.eval(env), "nodes:", count_nodes(tree))
    except ZeroDivisionError as e:
        print("error:", e)
    except NameError as e:
        print("name error:", e)

total = 0
for i in range(200):
    tree = Parser(f"{i} * x + {i} / (y - 5) - -{i}").expr()
    total += tree.eval(env)
print("total", total)
print(Node().show())
Node().eval(env)
