from collections import deque


def worker(name, steps):
    for i in range(steps):
        yield f"{name} step {i}"


tasks = {worker("a", 2): "a", worker("b", 3): "b"}
ready = deque(tasks)
done = set()
while ready:
    task = ready.popleft()
    try:
        print(next(task))
        ready.append(task)
    except StopIteration:
        print("finished", tasks[task])
        done.add(task)
print(len(done), all(t in done for t in tasks), sorted(tasks[t] for t in done))
