"""Nested functions that call each other, one with a default value computed at run time,
are rejected with a clear error, not a hang."""


def parse(tokens):
    pos = 0

    def advance():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]

    def expr(limit=len(tokens)):
        v = atom()
        while pos < limit and tokens[pos] == "+":
            advance()
            v += atom()
        return v

    def atom():
        t = advance()
        if t == "(":
            v = expr()
            advance()
            return v
        return int(t)

    return expr()


print(parse(["1", "+", "(", "2", "+", "3", ")"]))
