class Counter:
    total = 0

    def __init__(self, name):
        self.name = name
        self.n = 0

    def hit(self, k=1):
        self.n += k
        Counter.total += k
        return self.n

    def report(self):
        return f"{self.name}={self.n}"


class Button:
    def __init__(self):
        self.handlers = []

    def on_click(self, handler):
        self.handlers.append(handler)

    def click(self):
        return [h() for h in self.handlers]


a, b = Counter("a"), Counter("b")
btn = Button()
btn.on_click(a.hit)
btn.on_click(b.hit)
btn.on_click(a.hit)
print(btn.click(), btn.click())
f = b.hit
print(f(10), a.report(), b.report(), Counter.total)
reporters = [a.report, b.report]
print([r() for r in reporters])
print([c.report() for c in sorted([b, a], key=lambda c: c.name)])
print(list(map(a.hit, [1, 2])))


class Sub(Counter):
    pass


s = Sub("s")
print(s.total, Sub("t").hit(), s.hit(5))
