"""sum() over values that may be None: a filtered attribute (the filter does not narrow an
attribute), and CPython's TypeError when a None is left in."""


class Task:
    def __init__(self, name, estimate=None):
        self.name = name
        self.duration = None
        self.estimate = estimate

    def finish(self, hours):
        self.duration = hours


class Ticket:
    def __init__(self, points):
        self.points = points


def total_hours(tasks):
    return sum(t.duration for t in tasks if t.duration is not None)


def report(tasks):
    done = [t.duration for t in tasks if t.duration is not None]
    print(f"{len(done)} of {len(tasks)} done, {sum(done):.2f} h")
    estimates = [t.estimate for t in tasks]
    try:
        print("estimated:", sum(estimates))
    except TypeError as e:
        print("estimated: unknown", "-", e)


tasks = [Task("design", 3.0), Task("build", 8.5), Task("test")]
tasks[0].finish(2.5)
tasks[2].finish(1.25)
print(total_hours(tasks))
report(tasks)
tasks[2].estimate = 2.0
report(tasks)

first = [Task("x")]
try:
    print(sum(t.duration for t in first))
except TypeError as e:
    print("TypeError:", e)

tickets = [Ticket(3), Ticket(None), Ticket(2 ** 70)]
points = [t.points for t in tickets]
try:
    print(sum(points))
except TypeError as e:
    print("TypeError:", e)
tickets[1].points = 5
print(sum(t.points for t in tickets))
print(sum(t.points for t in tickets if t.points is not None and t.points < 100))
