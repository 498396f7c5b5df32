"""An event bus keeping handlers (bound methods and functions) in lists, sets and dicts:
unsubscribing compares bound methods by the object and function they bind, functions hash,
and id() tells objects apart."""


class Bus:
    def __init__(self):
        self.handlers = {}
        self.calls = 0

    def on(self, event, handler):
        self.handlers.setdefault(event, []).append(handler)

    def off(self, event, handler):
        if handler in self.handlers.get(event, []):
            self.handlers[event].remove(handler)
            return True
        return False

    def emit(self, event, value):
        for h in self.handlers.get(event, []):
            self.calls += 1
            h(value)


class Counter:
    def __init__(self, name):
        self.name = name
        self.seen = []

    def record(self, value):
        self.seen.append(value)

    def shout(self, value):
        self.seen.append(str(value).upper())


def log(value):
    print("log:", value)


bus = Bus()
a, b = Counter("a"), Counter("b")
bus.on("tick", a.record)
bus.on("tick", b.record)
bus.on("tick", a.shout)
bus.on("tick", log)
bus.emit("tick", "x")
print(bus.off("tick", a.record), bus.off("tick", a.record), bus.off("tick", log))
bus.emit("tick", "y")
print(a.seen, b.seen, bus.calls)

print(a.record == a.record, a.record != a.record, a.record == b.record, a.record == a.shout)
print(log == log, log is log)
f = log
print(f == log, f is log)

names = {log: "log", a.record: "a.record", b.record: "b.record"}
print(names[log], names[a.record], names[b.record], len(names))
names[a.record] = "again"
print(len(names), names[a.record])
unique = {a.record, a.record, b.record, log, log}
print(len(unique))

registry = {}
for c in (a, b, a):
    registry[id(c)] = c.name
print(len(registry), registry[id(a)], id(a) == id(b), id(a) == id(a))
nodes = [Counter(str(i)) for i in range(4)]
visited = set()
for n in nodes + nodes[:2]:
    if id(n) not in visited:
        visited.add(id(n))
print(len(visited))
print(id(3) == id(3), id(None) == id(None), id(True) == id(False))
