"""`x in (a, b)` where x may be None: a parser's peek() at the end of its tokens."""


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    def peek(self):
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def expr(self):
        value = self.term()
        while self.peek() in ("+", "-"):
            op = self.tokens[self.i]
            self.i += 1
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = int(self.tokens[self.i])
        self.i += 1
        while self.peek() in ("*", "/"):
            op = self.tokens[self.i]
            self.i += 1
            rhs = int(self.tokens[self.i])
            self.i += 1
            value = value * rhs if op == "*" else value // rhs
        return value


for text in ("1 + 2 * 3", "10 - 4 - 3", "7 * 6 / 2 + 1", "5"):
    print(text, "=", Parser(text.split()).expr())
codes = {"ok": 200, "missing": 404}
for key in ("ok", "missing", "other"):
    print(key, codes.get(key) in (200, 204), codes.get(key) in (None, 404))
