"""Plugins registered by decorating each class with a classmethod (or staticmethod) of the
base class that records it and hands it back."""


class Exporter:
    formats = {}
    order = []

    @classmethod
    def register(cls, plugin):
        cls.formats[plugin.extension] = plugin
        cls.order.append(plugin.__name__)
        return plugin

    @staticmethod
    def deprecated(plugin):
        print(f"note: {plugin.__name__} is deprecated")
        return plugin

    extension = ""

    def export(self, rows):
        raise NotImplementedError

    @classmethod
    def for_file(cls, name):
        ext = name.rsplit(".", 1)[-1]
        if ext not in cls.formats:
            raise KeyError(f"no exporter for .{ext}")
        return cls.formats[ext]()


@Exporter.register
class CsvExporter(Exporter):
    extension = "csv"

    def export(self, rows):
        return "\n".join(",".join(str(v) for v in row) for row in rows)


@Exporter.register
class TsvExporter(Exporter):
    extension = "tsv"

    def export(self, rows):
        return "\n".join("\t".join(str(v) for v in row) for row in rows)


@Exporter.deprecated
@Exporter.register
class PipeExporter(Exporter):
    extension = "txt"

    def export(self, rows):
        return "\n".join(" | ".join(str(v) for v in row) for row in rows)


rows = [("sku", "qty"), ("A-1", 3), ("B-2", 12)]
print(Exporter.order, sorted(Exporter.formats))
for name in ["report.csv", "report.tsv", "notes.txt", "image.png"]:
    try:
        exporter = Exporter.for_file(name)
        print(f"{name}: {type(exporter).__name__}")
        print(exporter.export(rows))
    except KeyError as e:
        print("error:", e)
