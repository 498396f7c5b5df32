# Class attributes: read through the class and through instances, updated with Class.x += 1,
# shadowed by an instance attribute once the instance assigns its own.


class Counter:
    instances = 0
    step: int = 1
    label = "counter"

    def __init__(self, name):
        self.name = name
        Counter.instances += 1

    def tick(self):
        # Reads the class attribute until the instance has its own.
        self.step = self.step * 2
        return self.step

    def describe(self):
        return f"{self.label}:{self.name}"


a = Counter("a")
b = Counter("b")
print(Counter.instances, Counter.step, a.step)
print(a.tick(), a.tick(), b.step, Counter.step)
Counter.step = 5
print(b.step, b.tick(), a.step)
print(a.describe(), Counter.label)
Counter.label = "c"
print(b.describe())
