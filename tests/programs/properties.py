# @property getters, including one that always raises.


class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    @property
    def area(self):
        return self.w * self.h

    @property
    def label(self):
        return f"{self.w}x{self.h}"

    def grow(self, k):
        self.w += k
        return self.area


r = Rect(3, 4)
print(r.area, r.label, r.grow(2), r.area)
rects = [Rect(i, i + 1) for i in range(4)]
print([x.area for x in rects])
print(max([x.area for x in rects]), f"{r.label}!")


class Account:
    def __init__(self):
        self.closed = True

    @property
    def balance(self):
        raise ValueError("account closed")


try:
    print(Account().balance)
except ValueError as e:
    print("error:", e)
class Thermostat:
    def __init__(self, target):
        self._target = 0
        self.changes = 0
        self.target = target

    @property
    def target(self):
        return self._target

    @target.setter
    def target(self, value):
        if value < 5 or value > 30:
            raise ValueError(f"target out of range: {value}")
        self._target = value
        self.changes += 1


t = Thermostat(20)
print(t.target, t.changes)
t.target = 22
t.target += 1
print(t.target, t.changes)
try:
    t.target = 99
except ValueError as e:
    print("error:", e)
print(t.target, t.changes)
