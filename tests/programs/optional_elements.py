class Node:
    def __init__(self, v):
        self.v = v


slots = [None] * 4
slots[1] = Node(5)
slots[3] = Node(7)
for s in slots:
    if s is not None:
        print(s.v)
    else:
        print("empty")
print(sum(1 for s in slots if s is None))
best = {}
best["a"] = None
best["b"] = Node(1)
print(best["b"].v if best["b"] is not None else -1)


class Tree:
    def __init__(self, key):
        self.key = key
        self.kids = [None, None]

    def __repr__(self):
        return f"T{self.key}"


root = Tree(1)
root.kids[0] = Tree(2)
root.kids[0].kids[1] = root
print(root.kids, root.kids[0].kids, None in root.kids, root.kids.count(None))
table = {"x": None, "y": Tree(3)}
print(table, [k for k, v in table.items() if v is None])
table["x"] = table["y"]
print(table["x"] is table["y"], len([t for t in table.values() if t is not None]))
buckets = [None] * 3
buckets[2] = Tree(9)
print(buckets, buckets == [None, None, buckets[2]])
try:
    buckets.sort()
except TypeError as e:
    print("TypeError:", e)
class User:
    def __init__(self, name):
        self.name = name


users = {"ann": User("Ann"), "bob": User("Bob")}
for key in ["ann", "zed", "bob"]:
    u = users.get(key)
    if u is None:
        print(key, "missing")
    else:
        print(key, u.name)
print(users.get("zed") is None)
