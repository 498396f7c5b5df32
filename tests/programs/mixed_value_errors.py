"""Errors of operations on values whose type is known only at run time (items of a list or
dict holding several types): the TypeError names the operator as written (`+=`, `**=`) and
the class of an instance; and int / int with every kind of operand, rounded as CPython."""


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"


def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError:", e)


def main():
    row = [1, "x", 2.5, Money(250), None]
    for v in row:
        acc = row[0]
        try:
            acc += v
            print("+=", acc)
        except TypeError as e:
            print("+=", e)
        try:
            acc = row[0]
            acc **= v
            print("**=", acc)
        except TypeError as e:
            print("**=", e)
        try:
            acc = row[0]
            acc //= v
            print("//=", acc)
        except (TypeError, ZeroDivisionError) as e:
            print("//=", e)
    totals = {"a": 1, "b": "x"}
    try:
        totals["a"] -= "s"
    except TypeError as e:
        print(e)
    attempt("plus", lambda: row[3] + row[0])
    attempt("len", lambda: len(row[3]))
    attempt("iter", lambda: [c for c in row[3]])
    attempt("neg", lambda: -row[3])
    attempt("percent", lambda: "%d" % row[3])

    # int / int: small, near 2**53, past it, huge, negative, zero.
    nums = [0, 1, -1, 3, -7, 10, 2**53 - 1, 2**53 + 1, -(2**53), 2**62, 10**20, -(10**30)]
    for a in nums:
        quotients = []
        for b in nums:
            try:
                quotients.append(repr(a / b))
            except ZeroDivisionError as e:
                quotients.append(str(e))
        print(a, quotients)


main()
