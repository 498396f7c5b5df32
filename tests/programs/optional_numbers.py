# Numbers that may be None: running extremes that start as None, a parser that returns None
# on bad input, sensor fields filled in later, a tri-state flag, and the errors CPython raises
# when such a None meets arithmetic.


def nearest(values, target):
    best = None
    best_gap = None
    for v in values:
        gap = abs(v - target)
        if best_gap is None or gap < best_gap:
            best, best_gap = v, gap
    return best, best_gap


print(nearest([3, 9, 14], 10), nearest([], 5), nearest([2.5, 7.25], 7.0))


def to_int(text):
    try:
        return int(text)
    except ValueError:
        return None


total = 0
bad = 0
for field in ["12", "x", "7", "-3", "", "40"]:
    n = to_int(field)
    if n is None:
        bad += 1
        continue
    total += n
print("total", total, "bad", bad, to_int("99") == 99, to_int("?") == None)


class Sensor:
    def __init__(self, name):
        self.name = name
        self.low = None
        self.high = None
        self.mean = None
        self.calibrated = None

    def record(self, readings):
        for r in readings:
            if self.low is None or r < self.low:
                self.low = r
            if self.high is None or r > self.high:
                self.high = r
        if readings:
            self.mean = sum(readings) / len(readings)
        return self

    def calibrate(self, reference):
        if self.mean is not None:
            self.calibrated = abs(self.mean - reference) < 0.5
        return self

    def report(self):
        mean = "n/a" if self.mean is None else f"{self.mean:.2f}"
        return f"{self.name}: low={self.low} high={self.high} mean={mean} ok={self.calibrated}"


idle = Sensor("idle")
print(idle.report(), repr(idle.low), str(idle.calibrated), bool(idle.mean))
temp = Sensor("temp").record([21.5, 19.0, 22.25, 20.0]).calibrate(20.5)
print(temp.report())
print(temp.high - temp.low, temp.low * 2, -temp.high, round(temp.mean, 1), temp.low < 20)
print(temp.calibrated == True, temp.calibrated is None, type(temp.mean).__name__)
print(type(idle.mean).__name__, idle.low == None, idle.low != 0)
count = Sensor("count").record([4.0, 8.0, 1.0, 7.0])
print(count.report(), count.low + count.high, count.calibrated)

cutoff = None
if total > 1000:
    cutoff = 1000
print(cutoff, (cutoff or 0) + 1, f"[{cutoff}]")
for expr in ["add", "neg", "compare", "round"]:
    try:
        if expr == "add":
            print(cutoff + 1)
        elif expr == "neg":
            print(-cutoff)
        elif expr == "compare":
            print(cutoff < 5)
        else:
            print(idle.mean * 2)
    except TypeError as e:
        print("TypeError:", e)
huge = None
huge = 3 ** 50
print(huge, huge % 1000)
print(idle.low + 1)
