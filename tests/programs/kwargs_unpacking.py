def connect(host, port=80, timeout=1.5, *, secure=False):
    return f"{host}:{port} timeout={timeout} secure={secure}"


class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


opts = {"host": "example.org", "port": 8080}
print(connect(**opts))
print(connect(**{"host": "a", "secure": True, "timeout": 3}))
print(connect("b", **{"port": 1}))
print(Point(**{"x": 1, "y": 2}), Point(**{"x": 5}))
for bad in [{"host": "x", "colour": "red"}, {"port": 1}, {}]:
    try:
        print(connect(**bad))
    except TypeError as e:
        print("TypeError:", e)
try:
    connect("h", **{"host": "again"})
except TypeError as e:
    print("TypeError:", e)


# A `**d` whose variable may still be None, with keywords beside it (bound when it runs).
def line_total(qty, price=0, tax=0):
    return qty * price * (100 + tax) // 100


def price_line(fields, taxed):
    extra = None
    if fields:
        extra = {"price": fields[0], "tax": 20 if taxed else 0}
    return line_total(qty=2, **extra)


print(price_line([50], True), price_line([50], False))
try:
    print(price_line([], True))
except TypeError as e:
    print("TypeError:", e)


# CPython's count of positional arguments ignores a `**d` that might fill them.
def window(first, last=10):
    return last - first


spare = {"last": 3}
spare.clear()
try:
    window(*[1, 2, 3], **spare)
except TypeError as e:
    print("TypeError:", e)


# `self.method(**kw)` into a method with keyword-only parameters and no **kwargs.
class Widget:
    def __init__(self, **opts):
        self.opts = opts

    def render(self, text, *, width=10, fill="."):
        return text.center(width, fill)

    def show(self, text, **kw):
        return self.render(text, **kw)


class Config:
    def __init__(self, data):
        self.data = data

    def get(self, key, *, fallback=None):
        return self.data.get(key, fallback)

    def getint(self, key, **kw):
        return int(self.get(key, **kw))


w = Widget(a=1)
print(w.show("x"), w.show("y", width=5, fill="#"), w.opts)
cfg = Config({"port": "8080"})
print(cfg.getint("port"), cfg.getint("retries", fallback="3"))
try:
    w.show("z", colour="red")
except TypeError as e:
    print("TypeError:", e)
