"""A ledger whose entries mix amounts, plain numbers, labels and None: `==`, `in`,
`index`, `count`, `remove` and dict lookups call the class's `__eq__` against values of
other types, and `isinstance` tests narrow an entry to its class."""


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        if isinstance(other, Money):
            return self.cents == other.cents
        if isinstance(other, int):
            return self.cents == other * 100
        return NotImplemented

    def __hash__(self):
        return hash(self.cents)

    def __iter__(self):
        yield self.cents // 100
        yield self.cents % 100

    def __repr__(self):
        return f"Money({self.cents})"

    def dollars(self):
        return self.cents / 100


class Tag:
    """Equal to its own text, as a str would be."""

    def __init__(self, text):
        self.text = text

    def __eq__(self, other):
        if isinstance(other, Tag):
            return self.text == other.text
        return self.text == other

    def __hash__(self):
        return hash(self.text)

    def __repr__(self):
        return f"Tag({self.text!r})"


class Plain:
    def __init__(self, n):
        self.n = n


def entries():
    return [Money(300), 3, "rent", Money(250), None, Tag("food"), 2.5, Plain(1)]


ledger = entries()
for e in ledger:
    print(repr(e) if not isinstance(e, Plain) else "Plain", e == 3, 3 == e, e != 3,
          e == "food", "food" == e, e == None)

print("in:", Money(300) in ledger, 3 in ledger, 2 in ledger, "food" in ledger,
      Tag("rent") in ledger, 2.5 in ledger)
print("index:", ledger.index(3), ledger.index("rent"), ledger.index(Money(250)))
print("count:", ledger.count(3), ledger.count(Money(300)), ledger.count("food"))
ledger.remove(3)
print("after remove:", ledger[:3])

# Dict keys: equal values with equal hashes find each other.
totals = {}
for key in [Money(100), 1, Tag("x"), "x", "y", Tag("y"), 2]:
    totals[key] = totals.get(key, 0) + 1
print(sorted((repr(k), v) for k, v in totals.items()))

# isinstance narrows an entry to its class: methods, attributes and __iter__ are direct.
dollars = 0.0
for e in ledger:
    if isinstance(e, Money):
        whole, cents = e
        print("money", whole, cents, e.dollars())
        dollars += e.dollars()
    elif isinstance(e, Tag) and e.text.startswith("f"):
        print("tag", e.text.upper())
    elif not isinstance(e, Plain):
        print("other", e)
print("dollars", dollars)


def first_money(items):
    for item in items:
        if not isinstance(item, Money):
            continue
        return [part for part in item]
    return []


print(first_money(ledger), first_money([1, "a"]))
names = [e.text if isinstance(e, Tag) else str(e) for e in ledger if not isinstance(e, Plain)]
print(names)
print(Tag("a") == "a", "a" == Tag("a"), Money(500) == 5, 5 == Money(500), Money(1) == "x")
