# Configuration layering the way modern Python writes it: dict and list displays
# with unpacking, `|` on dicts, and calls that forward `*args`/`**kwargs` along
# with their own arguments.

DEFAULTS = {"host": "localhost", "port": 8080, "debug": False}
ENV = {"port": 9000}


def layered(*layers, **overrides):
    merged = {}
    for layer in layers:
        merged = {**merged, **layer}
    return merged | overrides


def connect(host, port, *, timeout=5, retries=1, **extra):
    opts = ", ".join(f"{k}={v}" for k, v in sorted(extra.items()))
    return f"{host}:{port} timeout={timeout} retries={retries} [{opts}]"


def log(level, *parts, sep=" "):
    return f"[{level}] " + sep.join(str(p) for p in parts)


class Service:
    def __init__(self, name, *tags, **settings):
        self.name = name
        self.tags = [*tags]
        self.settings = {"enabled": True, **settings}

    def start(self, host, port, *, timeout=5, retries=1, **extra):
        return f"{self.name}: " + connect(host, port, timeout=timeout, retries=retries, **extra)

    def describe(self, *fields, **fmt):
        shown = [f for f in (*fields, "name") if f]
        return log("info", *shown, *self.tags, **fmt)


def annotate(**fields):
    # The keywords' dict gains values of other types than the caller's.
    fields["note"] = "checked"
    fields["tags"] = ["a"]
    return fields


def main():
    cfg = layered(DEFAULTS, ENV, {"debug": True}, port=9443)
    print(cfg)

    base = ["ls", "-l"]
    extra = ("-a", "-h")
    print([*base, *extra, "/tmp"])
    print((*extra, *base))
    print(sorted({*base, *extra, "-l"}))
    print({**DEFAULTS, "host": "example.org"})
    first, *middle, last = [*base, *extra]
    print(first, middle, last)

    print(connect(**{"host": "db", "port": 5432}))
    print(connect("db", 5432, retries=3, **{"ssl": True, "pool": 4}))
    print(connect(*["cache", 6379], ssl=False, **{"timeout": 1}))
    parts = [1, 2]
    more = (3,)
    print(log("warn", *parts, *more, "done", sep="-"))
    print(log(*["err"], *parts))

    svc = Service("api", *["web", "v2"])
    print(svc.name, svc.tags, sorted(svc.settings.items()))
    db = Service("db", "sql", region="eu", replicas=3)
    print(db.name, db.tags, sorted(db.settings.items()))
    edge = Service("edge", *["cdn"], *("v3",), region="us", **{"replicas": 5})
    print(edge.name, edge.tags, sorted(edge.settings.items()))
    spec = {"name": "cron", "enabled": False}
    job = Service(**spec)
    print(job.name, job.tags, job.settings)
    print(svc.start(*["0.0.0.0", 80], **{"retries": 2, "tls": "on"}))
    print(svc.start("h", 1, timeout=9, **{"trace": 1}))
    print(svc.describe("kind", "", sep=", "))
    print(svc.describe(*["a", "b"], **{"sep": "|"}))

    print(annotate(**{"count": 1}), annotate(ratio=0.5) | {"count": 2})
    print(layered(**{"a": 1}) | {"b": 2}, layered({"x": "s"}, **{"a": 1}))

    for bad in (
        lambda: connect("x", 1, **{"port": 2}),
        lambda: connect("x", **{"port": 2, "timeout": 3, "port2": 4}),
        lambda: connect(*["x", 1, 2]),
        lambda: log(*[], **{"sep": ","}),
        lambda: svc.start(*["h"], **{"timeout": 1}),
        lambda: layered({"a": 1}, b=2),
        lambda: Service(*["x"], name="y").name,
        lambda: Service(**{"enabled": True}).name,
    ):
        try:
            print(bad())
        except TypeError as e:
            print("TypeError:", e)


main()
