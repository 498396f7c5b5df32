"""Dispatch tables built in the class body from the methods defined above them, called with
the instance passed explicitly, as a stack calculator and a command shell do."""


class Calculator:
    def add(self, a, b):
        return a + b

    def sub(self, a, b):
        return a - b

    def mul(self, a, b):
        return a * b

    def div(self, a, b):
        if b == 0:
            raise ZeroDivisionError("division by zero in program")
        return a // b

    OPS = {"+": add, "-": sub, "*": mul, "/": div}
    SYMBOLS = sorted(OPS)

    def run(self, program):
        stack = []
        for token in program.split():
            if token in self.OPS:
                b, a = stack.pop(), stack.pop()
                stack.append(self.OPS[token](self, a, b))
            else:
                stack.append(int(token))
        return stack[-1]


calc = Calculator()
print(Calculator.SYMBOLS)
for program in ["3 4 +", "10 2 8 * + 3 -", "2 3 4 * *", "7 0 /", "9 2 /"]:
    try:
        print(program, "=", calc.run(program))
    except ZeroDivisionError as e:
        print(program, "->", e)
