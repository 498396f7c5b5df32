# Subclasses override class-level defaults; code in the base class reads them
# through `self`, so each instance sees its own class's value (a table-driven
# plugin system, as frameworks write them).


class Exporter:
    extension = "txt"
    separator = ","
    quote = False
    priority = 0

    def __init__(self, name):
        self.name = name

    def filename(self):
        return f"{self.name}.{self.extension}"

    def render(self, row):
        cells = [f'"{c}"' if self.quote else str(c) for c in row]
        return self.separator.join(cells)

    def describe(self):
        return f"{type(self).__name__}(priority={self.priority}, sep={self.separator!r})"

    @property
    def mime(self):
        return "text/plain"

    @property
    def limit(self):
        return self._limit if hasattr_limit(self) else 0

    @limit.setter
    def limit(self, n):
        self._limit = n


class CsvExporter(Exporter):
    extension = "csv"
    quote = True

    @property
    def mime(self):
        return "text/csv"

    @property
    def limit(self):
        return self._limit

    @limit.setter
    def limit(self, n):
        self._limit = min(n, 1000)


class TsvExporter(CsvExporter):
    extension = "tsv"
    separator = "\t"
    priority = 2


class JsonLines(Exporter):
    extension = "jsonl"
    priority = 5

    def render(self, row):
        return "[" + ", ".join(repr(c) for c in row) + "]"


class Override(TsvExporter):
    def __init__(self, name):
        super().__init__(name)
        self.separator = "|"  # an instance attribute shadows the class's


def hasattr_limit(e):
    return e.name != "plain"


def main():
    exporters = [Exporter("plain"), CsvExporter("table"), TsvExporter("sheet"), JsonLines("log"), Override("custom")]
    row = ["id", 7, 2.5]
    for e in sorted(exporters, key=lambda x: (x.priority, x.name)):
        print(e.filename(), e.render(row), e.describe())
    for e in exporters:
        e.limit = 5000
    print([(e.mime, e.limit) for e in exporters])
    CsvExporter.extension = "CSV"
    Exporter.priority = 1
    print([e.filename() for e in exporters])
    print([e.priority for e in exporters])
    print(Exporter.separator, TsvExporter.separator, Override.separator, exporters[-1].separator)


main()
