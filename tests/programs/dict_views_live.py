"""Dict views: `keys()`, `values()` and `items()` kept in variables follow later changes to
the dict; keys and items views take set operators with sets, lists and other views, and
compare with sets as sets."""


def inventory_report():
    stock = {"apples": 12, "pears": 0, "plums": 7}
    names = stock.keys()
    counts = stock.values()
    entries = stock.items()
    print(names, counts, entries)
    stock["kiwis"] = 3
    del stock["pears"]
    print(names, len(names), "kiwis" in names, "pears" in names)
    print(sum(counts), max(counts), sorted(counts))
    for name, count in entries:
        print(f"  {name:<6} {count:>3}")
    print(type(names).__name__, type(counts).__name__, type(entries).__name__)


def compare_orders():
    monday = {"milk": 2, "eggs": 12, "bread": 1}
    tuesday = {"bread": 2, "milk": 2, "jam": 1}
    both = monday.keys() & tuesday.keys()
    either = monday.keys() | tuesday.keys()
    only_monday = monday.keys() - tuesday.keys()
    changed = monday.keys() ^ tuesday.keys()
    print(sorted(both), sorted(either), sorted(only_monday), sorted(changed))
    same_lines = monday.items() & tuesday.items()
    print(sorted(same_lines), sorted(monday.items() - {("eggs", 12)}))
    print(sorted(monday.keys() - ["milk"]), sorted({"jam", "tea"} & tuesday.keys()))
    both.add("tea")
    print(sorted(both))
    print(monday.keys() == {"milk", "eggs", "bread"}, monday.keys() == tuesday.keys())
    print({"bread": 1, "milk": 2, "eggs": 12}.items() == monday.items())
    print(monday.keys() <= either, monday.keys() >= {"milk"})


def growing_keys():
    seen = {}
    keys = seen.keys()
    for word in "the cat and the hat and the bat".split():
        seen[word] = seen.get(word, 0) + 1
        if len(keys) == 3:
            print("three distinct words:", list(keys))
    print(keys)
    seen.clear()
    print(keys, len(keys), list(keys))


def fresh_tallies():
    # dict.fromkeys: one value shared by every key (a new list would be shared too).
    tally = dict.fromkeys(["red", "green", "blue"], 0)
    for colour in "red blue red red green".split():
        tally[colour] += 1
    print(tally, list(dict.fromkeys("mississippi")))
    groups = dict.fromkeys(range(2), [])
    groups[0].append("shared")
    print(groups, dict.fromkeys(()))


def same_size_changes():
    # Changes that keep the size: a new value, a key moved to the end, a value swapped for an
    # equal one that is another object.
    scores = {"ann": 3, "bob": 5, "cy": 4}
    names, points = scores.keys(), scores.values()
    print(max(points), list(names))
    scores["bob"] = 1
    print(max(points), sum(points), list(points))
    del scores["ann"]
    scores["ann"] = 3
    print(list(names), list(points))
    labels = {1: "one", 2: "two"}
    shown = labels.values()
    labels[1] = "".join(["o", "n", "e"])
    labels[2] = "TWO"
    print(list(shown), shown)


inventory_report()
compare_orders()
growing_keys()
fresh_tallies()
same_size_changes()
