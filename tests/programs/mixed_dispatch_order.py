# Which method runs when a value of run-time type meets an instance: the left operand's
# dunder when it is an instance with one, else the right operand's reflected one.


class R:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return R(self.n + other.n)

    def __radd__(self, other):
        return R(self.n + other)

    def __sub__(self, other):
        return "R.__sub__"

    def __rsub__(self, other):
        return "R.__rsub__"

    def __contains__(self, x):
        return x * 10  # truthy or not, as CPython takes it


h = 0
for i in range(4):
    h = h + R(i)
print(h.n)
values = [R(1), 10]
for v in values:
    print(v - R(2))
for x in (0, 3):
    print(x in values[0])
