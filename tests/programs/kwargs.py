def tag(name, *children, **attrs):
    parts = [name]
    for key, value in attrs.items():
        parts.append(f'{key}="{value}"')
    inner = "".join(children)
    return f"<{' '.join(parts)}>{inner}</{name}>"


def log(*args, **kwargs):
    print("args", args, "kwargs", kwargs, len(kwargs))


def config(**options):
    return sorted(options.items())


class Record:
    def __init__(self, kind, **fields):
        self.kind = kind
        self.fields = fields

    def __repr__(self):
        return f"Record({self.kind!r}, {self.fields})"


print(tag("a", "link", href="/x", title="home"))
print(tag("p"))
log()
log(1, 2, sep="-", end=3)
print(config(b=2, a=1.5, c="z"))
print(config())
r = Record("user", name="ada", age=36)
print(r, r.fields["name"], "age" in r.fields)
print(Record("empty"))


def order(tag):
    print("eval", tag)
    return tag


def show(a, **kw):
    print(a, kw)


show(x=order("x"), a=order("a"), y=order("y"))
class Query:
    def __init__(self, table):
        self.table = table
        self.filters = {}

    def where(self, **conditions):
        for key, value in conditions.items():
            self.filters[key] = value
        return self

    def render(self, *columns, **options):
        cols = ", ".join(columns) if columns else "*"
        text = f"SELECT {cols} FROM {self.table}"
        if self.filters:
            text += " WHERE " + " AND ".join(f"{k} = {v!r}" for k, v in self.filters.items())
        if options:
            text += " " + " ".join(f"{k.upper()} {v}" for k, v in sorted(options.items()))
        return text


q = Query("users").where(name="ada").where(age=36, city="London")
print(q.render())
print(q.render("name", "age", limit=10, offset=5))
print(Query("t").render())
