"""A task scheduler in the spirit of Richards: a hierarchy of task classes with overridden
run() methods, packets passed between queues, and a scheduler loop (virtual calls,
attribute access, None-able links)."""

N = 20000


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0


class Task:
    def __init__(self, ident, priority):
        self.ident = ident
        self.priority = priority
        self.queue = []
        self.count = 0

    def run(self, sched, packet):
        raise NotImplementedError("run")

    def receive(self, packet):
        self.queue.append(packet)


class IdleTask(Task):
    def __init__(self, ident, priority, seed):
        super().__init__(ident, priority)
        self.seed = seed

    def run(self, sched, packet):
        self.count += 1
        self.seed = (self.seed * 1103515245 + 12345) % 2147483648
        target = 1 + self.seed % 3
        return Packet(None, target, self.seed % 2)


class WorkerTask(Task):
    def run(self, sched, packet):
        self.count += 1
        packet.datum = (packet.datum + self.ident * 7) % 1000
        packet.ident = 4 if packet.kind == 0 else 5
        return packet


class DeviceTask(Task):
    def __init__(self, ident, priority):
        super().__init__(ident, priority)
        self.total = 0

    def run(self, sched, packet):
        self.count += 1
        self.total += packet.datum
        return None


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.holds = 0

    def add(self, task):
        self.tasks[task.ident] = task

    def schedule(self, rounds):
        idle = self.tasks[0]
        for _ in range(rounds):
            p = idle.run(self, None)
            while p is not None:
                task = self.tasks[p.ident]
                p = task.run(self, p)
                if p is None:
                    self.holds += 1


sched = Scheduler()
sched.add(IdleTask(0, 0, 42))
for i in range(1, 4):
    sched.add(WorkerTask(i, i))
sched.add(DeviceTask(4, 10))
sched.add(DeviceTask(5, 11))
sched.schedule(N * 50)
counts = [sched.tasks[k].count for k in range(6)]
print(counts, sched.holds, sched.tasks[4].total + sched.tasks[5].total)
