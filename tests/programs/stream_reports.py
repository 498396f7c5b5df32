"""A report writer that takes its output stream as a value: `sys.stdout` and `sys.stderr`
held in variables, fields and default arguments, `print(file=…)` to them, templates filled
with `format_map` from records, and `isatty()` to decide on colour."""
import io
import sys
from sys import stderr


class Report:
    def __init__(self, title, stream=None):
        self.title = title
        self.stream = sys.stdout if stream is None else stream
        self.lines = 0

    def line(self, template, record):
        self.stream.write(template.format_map(record) + "\n")
        self.lines += 1

    def close(self):
        print(f"-- {self.title}: {self.lines} lines", file=self.stream)
        self.stream.flush()


def warn(message, out=sys.stderr):
    print("warning:", message, file=out)


def colour(text, stream):
    if stream.isatty():
        return "\x1b[1m" + text + "\x1b[0m"
    return text


records = [
    {"sku": "A-100", "qty": 3, "price": 2.5},
    {"sku": "B-220", "qty": 12, "price": 0.75},
    {"sku": "C-310", "qty": 1, "price": 19.99},
]
templates = ["{sku:<8}{qty:>4} x {price:>6.2f}", "{sku}: {qty} @ {price!r}"]

out = Report("stock")
for t in templates:
    for r in records:
        out.line(t, r)
out.close()

buffer = io.StringIO()
copy = Report("copy", buffer)
copy.line("{sku}={qty}", records[0])
copy.close()
print(repr(buffer.getvalue()))

print(colour("plain when piped", sys.stdout), sys.stdin.isatty(), sys.stdout.isatty())
print(sys.stdout.name, sys.stderr.name, stderr.fileno(), sys.stdout.fileno())
print(repr(sys.stdout))
sys.stdout.writelines(["one\n", "two\n"])
streams = {"out": sys.stdout, "err": sys.stderr}
streams["out"].write("through a dict\n")
warn("stock is low")
try:
    streams["err"].write(42)
except TypeError as e:
    print("TypeError:", e)
try:
    "{missing}".format_map(records[0])
except KeyError as e:
    print("KeyError:", e)
stderr.write("done\n")
