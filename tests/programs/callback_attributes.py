# Functions kept in attributes and called through them: a callback given to __init__, a
# state machine switching bound methods, and function values read back from instances.

class Button:
    def __init__(self, label, on_click):
        self.label = label
        self.on_click = on_click
        self.clicks = 0
    def press(self):
        self.clicks += 1
        return self.on_click(self.label, self.clicks)

def shout(label, n):
    return f"{label.upper()} x{n}"

b = Button("ok", shout)
print(b.press(), b.press())
c = Button("cancel", lambda label, n: label * n)
print(c.press(), c.press())

class Machine:
    def __init__(self):
        self.state = "idle"
        self.handler = self.on_idle
    def on_idle(self, ev):
        if ev == "start":
            self.state = "running"
            self.handler = self.on_running
        return self.state
    def on_running(self, ev):
        if ev == "stop":
            self.state = "idle"
            self.handler = self.on_idle
        return self.state
    def feed(self, ev):
        return self.handler(ev)

m = Machine()
print([m.feed(e) for e in ["x", "start", "tick", "stop", "start"]])
fs = [shout, lambda label, n: label * n]
for f in fs:
    print(f("ok", 2))
class Pair:
    def a(self, x):
        return "a" + x
    def b(self, x):
        return "b" + x
pair = Pair()
h = pair.a
print(h("1"))
h = pair.b
print(h("2"))
class Holder:
    def __init__(self, f):
        self.f = f
hs = [Holder(shout), Holder(lambda label, n: label * n)]
for x in hs:
    g = x.f
    print(g("ok", 2))


class Handler:
    def __init__(self, fn):
        self.fn = fn


handlers = [Handler(lambda x: x * 2), Handler(lambda x: x + 100)]
print(handlers[0].fn(21), [h.fn(5) for h in handlers])


class Timer:
    """Attributes set together by unpacking, one of them a function called through `self`."""

    def __init__(self, ticks, on_fire):
        self.ticks, self.on_fire = ticks, on_fire

    def run(self):
        return [self.on_fire(t) for t in range(self.ticks)]


def announce(t):
    return f"tick {t}!"


print(Timer(3, announce).run(), Timer(1, announce).on_fire(9))
