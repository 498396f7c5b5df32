"""Templates held in variables and parameters, filled with keyword arguments, a `**fields`
dict and attributes of instances: the report helpers that take a template and values."""


class Item:
    def __init__(self, sku, name, price, qty):
        self.sku = sku
        self.name = name
        self.price = price
        self.qty = qty
        self.tags = []
        self.supplier = None

    @property
    def total(self):
        return self.price * self.qty


def render(template, **fields):
    return template.format(**fields)


def line(fmt, *cols, sep=" | "):
    return fmt.format(*cols, sep=sep)


def describe(fmt, obj):
    return fmt.format(obj)


TEMPLATES = {
    "short": "{name} x{qty}",
    "long": "{name:<12}{qty:>4} @ {price:>8,.2f} = {total:>10,.2f}",
    "pct": "{name}: {share:.1%} of the order",
}

items = [
    Item("A-1", "widget", 2.5, 40),
    Item("B-7", "gadget", 1249.99, 3),
    Item("C-3", "gizmo", 0.35, 1200),
]
items[1].tags.append("fragile")
items[2].supplier = "Acme"

grand = sum(it.total for it in items)
for style in ("short", "long", "pct"):
    print(f"-- {style}")
    for it in items:
        print(render(TEMPLATES[style], name=it.name, qty=it.qty, price=it.price,
                     total=it.total, share=it.total / grand))

fields = {"who": "Ann", "count": 3, "when": 2.5}
print(render("{who} ordered {count} items in {when} days ({who!r})", **fields))
print(line("{}{sep}{}{sep}{}", "sku", "name", "qty"))
print(line("{0}{sep}{1:>8}{sep}{0}", "x", 12.25, sep="/"))

row_formats = ["{0.sku}: {0.name} ({0.qty})", "{0.name!r:>10} {0.tags} {0.supplier}",
               "{0.price:08.3f}|{0.qty:^6}|"]
for fmt in row_formats:
    for it in items:
        print(describe(fmt, it))
print(render("{it.name} from {it.supplier}", it=items[2]))

# Errors: a missing keyword, a missing position, a mix of numbering.
for bad in ("{missing}", "{2}", "{0}{}", "{who!x}"):
    try:
        print(render(bad, who="x"))
    except KeyError as e:
        print("KeyError", e)
    except IndexError as e:
        print("IndexError", e)
    except ValueError as e:
        print("ValueError", e)
    except AttributeError as e:
        print("AttributeError", e)
print(describe("{0.name}{0.name}", items[0]))
AUTO = ["{.sku} costs {.price}", "{[0]} and {[1]}", "{.name!r:>10}|{[2]:^5}|"]
print(AUTO[0].format(items[0], items[1]), AUTO[1].format(["a", "b"], "xyz"),
      AUTO[2].format(items[2], (1, 2, 3)))
