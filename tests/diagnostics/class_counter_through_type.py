# Counting instances per class through `type(self)` in a method a subclass inherits: CPython
# gives `Drone` a `count` of its own at the first `+=`, which natrix does not model.
class Robot:
    count = 0

    def __init__(self, name):
        type(self).count += 1
        self.name = name


class Drone(Robot):
    pass


bots = [Robot("r2"), Drone("d1")]
print(Robot.count, Drone.count)
