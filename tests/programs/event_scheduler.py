# A discrete-event scheduler: events are (time, seq, callback) entries kept sorted; callbacks
# are closures that schedule further events.


class Scheduler:
    def __init__(self):
        self.now = 0
        self.queue = []
        self.seq = 0
        self.log = []

    def at(self, delay, action):
        self.seq += 1
        self.queue.append((self.now + delay, self.seq, action))
        self.queue.sort(key=lambda e: (e[0], e[1]))

    def run(self, until):
        while self.queue and self.queue[0][0] <= until:
            when, _, action = self.queue.pop(0)
            self.now = when
            action()
        return len(self.queue)


sched = Scheduler()
counts = {"tick": 0, "ping": 0}


def ticker(period, name):
    def tick():
        counts[name] += 1
        sched.log.append(f"{sched.now}:{name}")
        sched.at(period, tick)

    return tick


sched.at(0, ticker(3, "tick"))
sched.at(1, ticker(5, "ping"))

remaining = []


def countdown(n):
    def step():
        remaining.append(n)
        if n > 0:
            sched.at(2, countdown(n - 1))

    return step


sched.at(4, countdown(3))
left = sched.run(20)
print("log:", " ".join(sched.log))
print("counts:", counts, "left:", left, "remaining:", remaining)


def make_multiplier(factor):
    return lambda v: v * factor


scalers = [make_multiplier(f) for f in (1, 2, 10)]
print([s(7) for s in scalers])
pipeline = [lambda s: s.strip(), lambda s: s.lower(), lambda s: s.replace(" ", "_")]
text = "  Hello Event World  "
for stage in pipeline:
    text = stage(text)
print(text)
