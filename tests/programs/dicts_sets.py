"""Dicts and sets: word counts, grouping, graph search, set algebra, CPython's orders."""


def word_counts(text):
    counts = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return counts


def group_by_length(words):
    groups = {}
    for w in words:
        n = len(w)
        if n not in groups:
            groups[n] = []
        groups[n].append(w)
    return groups


def bfs(graph, start):
    seen = {start}
    order = [start]
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                order.append(nxt)
                queue.append(nxt)
    return order


def main():
    counts = word_counts("the cat and the hat and the bat")
    print(counts, len(counts), counts["the"], "cat" in counts, "dog" in counts)
    for word, n in counts.items():
        print(word, n)
    print(sorted(counts), list(counts.keys()), list(counts.values()))
    del counts["and"]
    counts["zebra"] = 9
    counts["the"] = 0
    print(counts, counts.pop("cat"), counts.pop("nope", -1), counts.setdefault("new", 5), counts)
    groups = group_by_length(["a", "bb", "cc", "ddd", "e"])
    print(groups, groups[2])
    graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}
    print(bfs(graph, 1))
    squares = {n: n * n for n in range(6)}
    print(squares, {k: v for k, v in squares.items() if v % 2 == 0})
    evens = {x for x in range(20) if x % 2 == 0}
    threes = set([0, 3, 6, 9, 12, 15, 18])
    print(evens, threes)
    print(evens | threes, evens & threes, evens - threes, evens ^ threes)
    print(evens.issubset(set(range(30))), {1, 2} <= {1, 2, 3}, {3, 1, 2} == {1, 2, 3}, len(evens))
    x = 13
    print({5, 13, 21, 2, 3}, {5, x, 21, 2, 3}, {(2, 1), (1, 2), (0, 0)}, {2.5, 0.5, -1.0})
    s = {100, 3, 1, 2, 50, 8, 9, 16, 24}
    print(s, sorted(s), min(s), max(s), sum(s))
    s.discard(50)
    s.add(7)
    s.remove(100)
    print(s, 7 in s, 100 in s, set("mississippi") == {"m", "i", "s", "p"})
    pairs = {(1, 2): "a", (3, 4): "b"}
    print(pairs[(3, 4)], (1, 2) in pairs, pairs)
    inventory = {"apples": 3.5, "pears": 1.25}
    inventory.update({"plums": 2.0, "apples": 4.0})
    print(inventory, sum(inventory.values()), dict(), set())
    try:
        print(inventory["kiwi"])
    except KeyError as e:
        print("missing:", e, repr(e))
    empty = {}
    print(bool(empty), bool(inventory), empty == {}, inventory == inventory.copy())
    print(counts["missing key"])


main()
