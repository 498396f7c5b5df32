"""A tiny stack machine whose values are ints, floats, strs and lists."""


def tokenize(src):
    tokens = []
    for word in src.split():
        if word.lstrip("-").isdigit():
            tokens.append(int(word))
        elif word.replace(".", "", 1).lstrip("-").isdigit():
            tokens.append(float(word))
        elif word.startswith('"'):
            tokens.append(word.strip('"'))
        else:
            tokens.append(word)
    return tokens


def run(tokens):
    stack = []
    for tok in tokens:
        if isinstance(tok, str) and tok in ("+", "-", "*", "/", "dup", "swap", "len", "pack", "."):
            if tok == "dup":
                stack.append(stack[-1])
            elif tok == "swap":
                a = stack.pop()
                b = stack.pop()
                stack.append(a)
                stack.append(b)
            elif tok == ".":
                print("out:", stack.pop())
            elif tok == "len":
                stack.append(len(stack.pop()))
            elif tok == "pack":
                n = stack.pop()
                items = stack[-n:]
                del stack[-n:]
                stack.append(items)
            else:
                b = stack.pop()
                a = stack.pop()
                if tok == "+":
                    stack.append(a + b)
                elif tok == "-":
                    stack.append(a - b)
                elif tok == "*":
                    stack.append(a * b)
                else:
                    stack.append(a / b)
        else:
            stack.append(tok)
    return stack


programs = [
    '1 2 + .',
    '2.5 4 * dup + .',
    '"ab" 3 * .',
    '"hello" len 2 - .',
    '1 2 3 3 pack dup len swap .',
    '7 2 / 1 + .',
    '10 -3 swap - .',
]
for p in programs:
    print(p, "->", run(tokenize(p)))
try:
    run(tokenize('"a" 1 + .'))
except TypeError as e:
    print("TypeError:", e)
