# A command-line style program: results on stdout, diagnostics on stderr (print(file=...),
# sys.stderr.write, flush=True), and a __str__ that fails halfway through a print.
import sys

VERBOSE = True


def log(*parts, level="info"):
    if VERBOSE or level != "debug":
        print(f"[{level}]", *parts, file=sys.stderr)


class Reading:
    def __init__(self, sensor, value):
        self.sensor = sensor
        self.value = value

    def __str__(self):
        if self.value is None:
            raise ValueError(f"sensor {self.sensor} has no reading")
        return f"{self.sensor}={self.value:.1f}"


class Broken:
    def __str__(self):
        pass


readings = [Reading("t1", 21.5), Reading("t2", None), Reading("h1", 40.25)]
ok = 0
for r in readings:
    try:
        print("reading:", r, flush=True)
        ok += 1
    except ValueError as e:
        log("skipped:", e, level="warn")
sys.stderr.write(f"{ok} of {len(readings)} readings printed\n")
sys.stdout.write("done\n")
sys.stdout.flush()
log("details", 1, 2.5, None, [1, 2], level="debug")
try:
    print("broken:", Broken(), file=sys.stderr)
except TypeError as e:
    print("TypeError:", e)
sys.stderr.flush()
print("summary", ok, sep=": ", file=sys.stdout)
