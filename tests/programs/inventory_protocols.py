"""An inventory class with dunder protocols and a custom exception, generators, and key=d.get."""
class InsufficientStock(Exception):
    def __init__(self, item, wanted, have):
        super().__init__(f"{item}: wanted {wanted}, have {have}")
        self.item = item

class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []

    def add(self, name, qty=1):
        self.items[name] = self.items.get(name, 0) + qty
        self.log.append(f"+{qty} {name}")
        return self

    def remove(self, name, qty=1):
        have = self.items.get(name, 0)
        if qty > have:
            raise InsufficientStock(name, qty, have)
        self.items[name] = have - qty
        if self.items[name] == 0:
            del self.items[name]
        self.log.append(f"-{qty} {name}")

    def __len__(self):
        return sum(self.items.values())

    def __contains__(self, name):
        return name in self.items

    def __iter__(self):
        for name in sorted(self.items):
            yield name, self.items[name]

inv = Inventory()
inv.add("bolt", 10).add("nut", 5).add("gear")
orders = [("bolt", 3), ("gear", 2), ("nut", 5), ("washer", 1)]
for item, qty in orders:
    try:
        inv.remove(item, qty)
    except InsufficientStock as e:
        print("cannot:", e, "|", e.item)
print(len(inv), "nut" in inv, "bolt" in inv)
for name, qty in inv:
    print(f"  {name}: {qty}")
print(inv.log)

def chunks(xs, n):
    for i in range(0, len(xs), n):
        yield xs[i:i + n]

def running_total(xs):
    total = 0
    for x in xs:
        total += x
        yield total

print(list(chunks(list(range(10)), 4)))
print(list(running_total([3, 1, 4, 1, 5, 9])))
gen = (x * x for x in range(5) if x % 2 == 0)
print(next(gen), list(gen))
counter = {}
text = "It was the best of times, it was the worst of times"
for word in text.lower().replace(",", "").split():
    counter[word] = counter.get(word, 0) + 1
most = sorted(counter, key=counter.get, reverse=True)[:3]
print(most, [counter[w] for w in most])
print(max(counter, key=counter.get), min(sorted(counter), key=counter.get))
