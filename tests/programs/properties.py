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
