"""Keyword dicts passed on through objects: an event bus calls handler objects with
`handler(*args, **kwargs)`, methods take `**options` beside named parameters the dict may
fill, and a middleware chain of wrapper objects passes `**kw` along."""


class Counter:
    def __init__(self):
        self.total = 0

    def __call__(self, step=1, **extra):
        self.total += step
        return (step, extra)


class Logger:
    def __init__(self, prefix):
        self.prefix = prefix
        self.lines = []

    def __call__(self, *args, **kwargs):
        line = f"{self.prefix}: {args} {sorted(kwargs.items())}"
        self.lines.append(line)
        return line


class Exporter:
    def export(self, rows, fmt="csv", sep=",", **options):
        text = "\n".join(sep.join(str(x) for x in row) for row in rows)
        return f"[{fmt}] {text} {sorted(options.items())}"

    def configure(self, *, level=0, verbose=False, **rest):
        return level, verbose, rest


c = Counter()
print(c(**{"step": 100, "tag": "x"}), c(**{"tag": "y"}), c(5), c(), c.total)
print(c.__call__(**{"step": 2, "why": "retry"}))
log = Logger("bus")
print(log(*("saved",), **{"size": 4, "path": "/tmp/a"}))
print(log("plain"))
handlers = [log, log]
for h in handlers:
    h("event", **{"n": 1})
print(len(log.lines))

ex = Exporter()
rows = [(1, 2), (3, 4)]
print(ex.export(rows, **{"sep": ";", "header": True}))
print(ex.export(rows, **{"fmt": "tsv", "sep": "\t"}))
print(ex.export(rows, "json", **{"indent": 2}))
print(ex.configure(**{"level": 3, "color": "red"}), ex.configure(**{}))
try:
    ex.export(rows, "csv", **{"fmt": "xml"})
except TypeError as e:
    print("TypeError:", e)


class Wrap:
    def __init__(self, fn, name):
        self.fn = fn
        self.name = name

    def call(self, **kw):
        kw.setdefault("trail", [])
        kw["trail"] = kw["trail"] + [self.name]
        return self.fn(**kw)


def base(**kw):
    return kw["trail"]


inner = Wrap(base, "inner")


def via(**kw):
    return inner.call(**kw)


print(Wrap(via, "outer").call())
print(Wrap(via, "outer").call(trail=["start"]))
