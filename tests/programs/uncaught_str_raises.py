"""An uncaught exception whose __str__ fails: the traceback's last line says so, as
CPython's does, after the handled ones printed their messages."""


class ReportError(Exception):
    def __init__(self, section, detail):
        super().__init__(section)
        self.section = section
        self.detail = detail

    def __str__(self):
        if self.detail is None:
            raise ValueError("no detail for " + self.section)
        return f"{self.section}: {self.detail}"


for section, detail in [("totals", "negative sum"), ("header", None)]:
    try:
        raise ReportError(section, detail)
    except ReportError as e:
        try:
            print("caught", e)
        except ValueError as problem:
            print("its str failed:", problem)

raise ReportError("footer", None)
