"""Functions that may be None: callbacks set later, `key=None` parameters, handlers looked
up with dict.get, and CPython's TypeError when a None one is called."""


class Button:
    def __init__(self, label):
        self.label = label
        self.on_click = None

    def click(self, times):
        if self.on_click is not None:
            return self.on_click(times)
        return f"{self.label}: nothing to do"


def top(items, n, key=None):
    if key is None:
        return sorted(items)[:n]
    return sorted(items, key=key)[:n]


def transform(values, fn=None):
    out = []
    for v in values:
        out.append(fn(v) if fn else v)
    return out


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


OPS = {"+": add, "-": sub}


def evaluate(a, op, b):
    handler = OPS.get(op)
    if handler is None:
        return f"unknown operator {op!r}"
    return handler(a, b)


ok = Button("ok")
print(ok.click(1))
ok.on_click = lambda n: f"clicked {n} times"
print(ok.click(3))
words = ["pear", "fig", "banana", "kiwi"]
print(top(words, 2), top(words, 2, key=len), top(words, 2, key=lambda w: w[-1]))
print(transform([1, 2, 3]), transform([1, 2, 3], lambda v: v * v))
print(evaluate(7, "+", 5), evaluate(7, "-", 5), evaluate(7, "*", 5))

hooks = [None, lambda s: s.upper(), None, lambda s: s[::-1]]
for h in hooks:
    print(h("hook") if h is not None else "skipped")

cancel = Button("cancel")
try:
    print(cancel.on_click(1))
except TypeError as e:
    print("TypeError:", e)
cancel.on_click(2)
