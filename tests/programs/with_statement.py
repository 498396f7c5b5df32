class Timer:
    depth = 0

    def __init__(self, label):
        self.label = label

    def __enter__(self):
        Timer.depth += 1
        print("enter", self.label, Timer.depth)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.label)
        Timer.depth -= 1
        return False


with Timer("outer") as t:
    print("inside", t.label)
    with Timer("inner"), Timer("second") as s:
        print("nested", s.label)


def risky(n):
    with Timer("risky"):
        if n > 1:
            raise ValueError("too big")
        return n * 10


print(risky(1))
try:
    risky(5)
except ValueError as e:
    print("caught", e, Timer.depth)
