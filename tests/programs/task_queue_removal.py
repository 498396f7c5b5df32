"""The priority queue of the heapq documentation: entries are lists so a task can be marked
removed in place with a str sentinel, skipped by identity (`task is not REMOVED`) when popped."""
import heapq
import itertools

pq = []
entry_finder = {}
REMOVED = "<removed-task>"
counter = itertools.count()


def add_task(task, priority=0):
    if task in entry_finder:
        remove_task(task)
    count = next(counter)
    entry = [priority, count, task]
    entry_finder[task] = entry
    heapq.heappush(pq, entry)


def remove_task(task):
    entry = entry_finder.pop(task)
    entry[-1] = REMOVED


def pop_task():
    while pq:
        priority, count, task = heapq.heappop(pq)
        if task is not REMOVED:
            del entry_finder[task]
            return task
    raise KeyError("pop from an empty priority queue")


for task, priority in [("write spec", 5), ("write tests", 3), ("release", 9), ("write tests", 7),
                       ("fix bug", 1), ("review", 4)]:
    add_task(task, priority)
remove_task("review")
order = []
while True:
    try:
        order.append(pop_task())
    except KeyError as e:
        print("done:", e)
        break
print(order)
print(len(pq), entry_finder)
