"""Methods only subclasses define, reached from a base class's code by name or as values:
a plugin base that runs hooks its subclasses may provide, and bound methods read from a
base-typed variable (AttributeError for a class without the method, as CPython raises it)."""


class Job:
    hooks = ["prepare", "execute", "cleanup"]

    def __init__(self, name):
        self.name = name
        self.log = []

    def run(self):
        for hook in self.hooks:
            if hasattr(self, hook):
                getattr(self, hook)()
            else:
                self.log.append(f"no {hook}")
        return self.log

    def step(self, hook):
        return getattr(self, hook)()


class Backup(Job):
    def prepare(self):
        self.log.append(f"{self.name}: snapshot")

    def execute(self):
        self.log.append(f"{self.name}: copy")
        return 3


class Report(Job):
    def execute(self):
        self.log.append(f"{self.name}: render")
        return 7

    def cleanup(self):
        self.log.append(f"{self.name}: remove temp files")


def callback_for(job):
    # A bound method read through the base type: each job's own `execute`.
    return job.execute


jobs = [Backup("nightly"), Report("weekly"), Job("idle")]
for job in jobs:
    print(job.name, job.run())

for job in jobs[:2]:
    cb = callback_for(job)
    print(job.name, cb(), job.step("execute"))

try:
    callback_for(jobs[2])
except AttributeError as e:
    print("AttributeError:", e)

try:
    jobs[2].step("execute")
except AttributeError as e:
    print("AttributeError:", e)

try:
    jobs[0].step("cleanup")
except AttributeError as e:
    print("AttributeError:", e)



def capabilities(obj, wanted):
    # hasattr of names known only when the program runs (dunders too).
    return [name for name in wanted if hasattr(obj, name)]


class Sized(Report):
    limit = 10

    def __len__(self):
        return self.limit


wanted = ["prepare", "cleanup", "name", "log", "hooks", "limit", "__len__", "__repr__",
          "__class__", "missing", "__iter__"]
for job in jobs + [Sized("sized")]:
    print(type(job).__name__, capabilities(job, wanted))

handlers = [j.execute for j in jobs[:2]]
print([h() for h in handlers])
print(callback_for(jobs[2])())
