# Plugin registries built with class decorators that record the class and return it:
# `@register` and the factory form `@handles("csv")`.

FORMATS = {}
PLUGINS = []


def register(cls):
    PLUGINS.append(cls.__name__)
    return cls


def handles(kind):
    def deco(cls):
        FORMATS[kind] = cls
        return cls
    return deco


class Exporter:
    def __init__(self, rows):
        self.rows = rows

    def export(self):
        raise NotImplementedError


@register
@handles("csv")
class CsvExporter(Exporter):
    def export(self):
        return "\n".join(",".join(str(v) for v in row) for row in self.rows)


@handles("tsv")
class TsvExporter(Exporter):
    sep = "\t"

    def export(self):
        return "\n".join(self.sep.join(str(v) for v in row) for row in self.rows)


@register
class Counter:
    total = 0

    def __init__(self):
        Counter.total += 1


rows = [(1, "a"), (2, "b")]
print(PLUGINS, sorted(FORMATS))
for kind in ("csv", "tsv"):
    exporter = FORMATS[kind](rows)
    print(kind, repr(exporter.export()))
Counter()
Counter()
print(Counter.total, CsvExporter.__name__, isinstance(CsvExporter(rows), Exporter))
