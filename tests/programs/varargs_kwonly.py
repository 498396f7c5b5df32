def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s


def fmt(sep, *parts, upper=False, end="!"):
    text = sep.join(parts)
    if upper:
        text = text.upper()
    return text + end


def clamp(x, *, lo=0, hi=10):
    return max(lo, min(hi, x))


print(total(), total(1), total(1, 2, 3), len((1, 2)))
print(fmt("-", "a", "b", "c"), fmt(", ", "x", upper=True), fmt("+", end="?"))
print(clamp(15), clamp(-3, lo=-1), clamp(5, hi=4, lo=1))


class Logger:
    def __init__(self, prefix):
        self.prefix = prefix
        self.lines = []

    def log(self, *words, level="info"):
        self.lines.append(f"[{level}] {self.prefix}: " + " ".join(words))


lg = Logger("app")
lg.log("started")
lg.log("disk", "full", level="warn")
print(lg.lines)
