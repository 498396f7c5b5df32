"""A deque changed while a loop walks it stops the loop with CPython's RuntimeError; a
deque extended by itself doubles."""
from collections import deque


def bfs_order(tree, root):
    order = []
    q = deque([root])
    while q:
        node = q.popleft()
        order.append(node)
        q.extend(tree.get(node, []))
    return order


tree = {1: [2, 3], 2: [4], 3: [5, 6]}
print(bfs_order(tree, 1))

d = deque([1, 2, 3])
d.extend(d)
print(d)
d.extendleft(deque([0, -1]))
print(d, list(reversed(d)))
d[0] = 99
for x in d:
    if x == 1:
        d[1] = 42
print(d)

for change in ["append", "appendleft", "pop", "popleft", "remove", "insert", "clear", "rotate"]:
    q = deque([1, 2, 3, 4])
    seen = []
    try:
        for x in q:
            seen.append(x)
            if x == 2:
                if change == "append":
                    q.append(9)
                elif change == "appendleft":
                    q.appendleft(9)
                elif change == "pop":
                    q.pop()
                elif change == "popleft":
                    q.popleft()
                elif change == "remove":
                    q.remove(4)
                elif change == "insert":
                    q.insert(1, 7)
                elif change == "clear":
                    q.clear()
                else:
                    q.rotate(1)
    except RuntimeError as e:
        print(change, seen, "->", e)
    else:
        print(change, seen, "finished")

q = deque([1])
try:
    for x in reversed(q):
        q.append(x + 1)
except RuntimeError as e:
    print("reversed:", e)
print(q)
q = deque([1, 2])
try:
    for x in reversed(q):
        q.appendleft(x + 1)
except RuntimeError as e:
    print("reversed:", e)
print(q)

q = deque([1])
for x in q:
    print(x)
    if x < 3:
        q.append(x + 1)
print(list(q))
