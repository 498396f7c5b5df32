first, *rest = [1, 2, 3]
*init, last = (4, 5, 6)
a, *mid, z = "hello"
print(first, rest, init, last, a, mid, z)
for head, *tail in [[1, 2, 3], [4]]:
    print(head, tail)


class Stack:
    def push(self, *items):
        self.items = list(items)
        return len(items)


s = Stack()
args = (1, 2)
print(s.push(*args), s.items, s.push(*(7,)), s.push())
