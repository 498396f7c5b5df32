"""Sets grown from lookups whose default is an empty tuple (`graph.get(node, ())`), so the
argument is a set, a tuple or nothing: update, union, difference and the subset tests."""
graph = {"a": {"b", "c"}, "b": ("d",), "c": {"d", "e"}}
reachable = {"a"}
frontier = ["a"]
while frontier:
    node = frontier.pop()
    before = set(reachable)
    reachable.update(graph.get(node, ()))
    frontier.extend(sorted(reachable - before))
print(sorted(reachable))
seen = {"x", "a"}
print(sorted(seen.union(graph["b"])), seen.issubset(graph.get("a", ())), sorted(seen.difference(graph["a"])))
leftover = {"b", "q"}
leftover.difference_update(graph.get("nope", ()))
leftover.intersection_update(graph.get("a", ()))
print(leftover, sorted(set().union(graph.get("c", ()))))
