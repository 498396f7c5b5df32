# Optional attributes: fields that start as None, `is None` tests, None-returning methods.


class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

    def __repr__(self):
        return f"Node({self.value})"


class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def find(self, value):
        node = self.head
        while node is not None:
            if node.value == value:
                return node
            node = node.next
        return None

    def total(self):
        t = 0
        node = self.head
        while node:
            t += node.value
            node = node.next
        return t


ll = LinkedList()
print(ll.head, ll.find(3))
for i in range(5):
    ll.push(i * 10)
print(ll.size, ll.total(), ll.head)
print(ll.find(20), ll.find(7))
found = ll.find(7)
print(found is None, found is not None, str(found), repr(found))
print(f"{ll.find(30)} and {ll.find(31)}")
last = ll.head
while last.next is not None:
    last = last.next
print("last:", last, last.next)
try:
    print(ll.find(99).value)
except AttributeError as e:
    print("error:", e)
best = None
for v in [3, 9, 2]:
    n = Node(v)
    if best is None or n.value > best.value:
        best = n
print(best)
pair = (ll.find(10), ll.find(11))
print(pair, pair[0] is None, pair[1] is None)
print(ll.find(5).value)
