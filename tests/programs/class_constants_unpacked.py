"""Class-body constants bound several at a time: the enum idiom `A, B, C = range(3)`, pairs
from a tuple display, and chained `LOW = FLOOR = 0`, used by a small tokenizer."""


class Tok:
    NUMBER, NAME, OP, END = range(4)
    OPEN, CLOSE = "(", ")"
    FLOOR = LOWEST = 0
    labels = ["NUMBER", "NAME", "OP", "END"]


class Prec:
    SUM, PRODUCT, POWER = range(10, 40, 10)
    table = {"+": SUM, "-": SUM, "*": PRODUCT, "/": PRODUCT, "^": POWER}


def tokenize(text):
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            out.append((Tok.NUMBER, text[i:j]))
            i = j
        elif c.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            out.append((Tok.NAME, text[i:j]))
            i = j
        else:
            out.append((Tok.OP, c))
            i += 1
    out.append((Tok.END, ""))
    return out


for kind, text in tokenize("x1 + 42 * (y ^ 2)"):
    prec = Prec.table.get(text, Tok.FLOOR)
    print(f"{Tok.labels[kind]:<6} {text!r:<6} {prec}")
print(Tok.OPEN + Tok.CLOSE, Tok.FLOOR, Tok.LOWEST, Prec.POWER - Prec.SUM)
Tok.LOWEST = -1
print(Tok.FLOOR, Tok.LOWEST)
