# Truth of instances: __bool__, else __len__, else always true.


class Bag:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


class Plain:
    pass


b = Bag()
print("empty" if not b else "full", bool(b))
b.items.append(1)
print("empty" if not b else "full", bool(b))
if Flag(False) or Flag(True):
    print("some flag")
print(bool(Flag(False)), bool(Plain()), not Plain())
maybe = None
for i in range(2):
    if maybe:
        print("maybe is set", i)
    maybe = Bag()
    maybe.items.append(i)
while b:
    b.items.pop()
print(len(b))
