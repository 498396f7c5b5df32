"""The time module: timing a piece of work with perf_counter, the wall clock, the other
clocks, sleep and its errors. The numbers printed are the work's, never the clocks'."""
import time
from time import perf_counter, sleep


class Stopwatch:
    def __init__(self, label):
        self.label = label
        self.laps = []
        self.start = 0.0

    def __enter__(self):
        self.start = perf_counter()
        return self

    def lap(self):
        self.laps.append(perf_counter() - self.start)

    def __exit__(self, kind, value, tb):
        self.elapsed = perf_counter() - self.start
        return False


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


with Stopwatch("collatz") as sw:
    longest = max(range(1, 20000), key=collatz_steps)
    sw.lap()
    sleep(0.02)
    sw.lap()

print("longest chain under 20000 starts at", longest)
print("laps in order:", sw.laps == sorted(sw.laps), "slept at least 20 ms:", sw.laps[1] - sw.laps[0] >= 0.02)
print("elapsed covers the laps:", sw.elapsed >= sw.laps[-1])

t0, w0 = time.monotonic_ns(), time.time()
time.sleep(0.01)
time.sleep(0)
dt = time.monotonic_ns() - t0
print("monotonic ns advanced by at least 10 ms:", dt >= 10_000_000, type(dt).__name__)
print("wall clock after 2020:", w0 > 1_577_836_800, time.time_ns() // 10**9 >= int(w0))
print("clock types:", [type(f()).__name__ for f in (time.time, time.perf_counter, time.process_time, time.thread_time)])
cpu = time.process_time_ns()
print("cpu time is non-negative:", cpu >= 0, time.thread_time_ns() >= 0, time.perf_counter_ns() > 0)

for bad in (-1, -0.5):
    try:
        time.sleep(bad)
    except ValueError as e:
        print(f"sleep({bad}):", e)

deadline = time.perf_counter() + 0.005
spins = 0
while time.perf_counter() < deadline:
    spins += 1
print("spun until the deadline:", spins > 0)
time.sleep(float("inf"))
