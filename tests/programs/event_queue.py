import heapq
from collections import Counter, defaultdict


class Event:
    def __init__(self, at, name, **data):
        self.at = at
        self.name = name
        self.data = data

    def __lt__(self, other):
        return (self.at, self.name) < (other.at, other.name)

    def __repr__(self):
        return f"Event({self.at}, {self.name!r}, {self.data})"


queue = []
heapq.heappush(queue, Event(5, "b", size=3))
heapq.heappush(queue, Event(1.5, "a"))
heapq.heappush(queue, Event(5, "a", size=1, tag="x"))
heapq.heappush(queue, Event(0, "start", note="go"))
log = []
counts = Counter()
per_time = defaultdict(list)
while queue:
    ev = heapq.heappop(queue)
    log.append(ev.name)
    counts[ev.name] += 1
    per_time[ev.at].append(ev.name)
    if ev.name == "a" and ev.at < 3:
        heapq.heappush(queue, Event(ev.at * 2, "a", again=True))
print(log)
print(counts.most_common(2), dict(per_time))
sizes = [e.data.get("size", 0) for e in [Event(1, "q", size=2), Event(2, "r")]]
print(sizes, sum(sizes))
