"""`is` between None held in a variable (or a parameter given None) and an instance: never
the same object; None is itself."""


class Token:
    def __init__(self, text):
        self.text = text


def same(a, b):
    return a is b


END = Token("<end>")
t = Token("x")
print(same(t, None), same(t, t), same(None, None), same(t, END))


class Node:
    def __init__(self, value):
        self.value = value
        self.next = None


head = Node(1)
missing = None
print(head.next is END, missing is head, missing is not head)
