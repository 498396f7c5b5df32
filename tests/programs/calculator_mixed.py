"""A calculator: numbers are ints unless they have a point; / gives floats."""


class Parser:
    def __init__(self, text):
        self.tokens = self.lex(text)
        self.pos = 0

    def lex(self, text):
        out = []
        i = 0
        while i < len(text):
            ch = text[i]
            if ch.isspace():
                i += 1
            elif ch.isdigit() or ch == ".":
                j = i
                while j < len(text) and (text[j].isdigit() or text[j] == "."):
                    j += 1
                word = text[i:j]
                out.append(float(word) if "." in word else int(word))
                i = j
            else:
                out.append(ch)
                i += 1
        return out

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok

    def expr(self):
        value = self.term()
        while self.peek() in ("+", "-"):
            if self.take() == "+":
                value = value + self.term()
            else:
                value = value - self.term()
        return value

    def term(self):
        value = self.factor()
        while self.peek() in ("*", "/", "%"):
            op = self.take()
            rhs = self.factor()
            if op == "*":
                value = value * rhs
            elif op == "/":
                value = value / rhs
            else:
                value = value % rhs
        return value

    def factor(self):
        tok = self.take()
        if tok == "(":
            value = self.expr()
            self.take()
            return value
        if tok == "-":
            return -self.factor()
        return tok


for src in ["1 + 2 * 3", "(1 + 2) * 3", "7 / 2", "7 % 3 + 0.5", "-(2 + 3) * 4", "2 * 3.5", "10 / (5 - 5)"]:
    try:
        print(src, "=", Parser(src).expr())
    except ZeroDivisionError as e:
        print(src, "->", type(e).__name__, e)
