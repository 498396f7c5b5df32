# frozenset: hashable sets as dict keys and set members (an NFA-to-DFA subset construction),
# operators that keep the left operand's type, CPython's repr and hash, and its errors.

NFA = {
    (0, "a"): {0, 1},
    (0, "b"): {0},
    (1, "b"): {2},
    (2, "a"): {3},
    (2, "b"): {3},
}
ACCEPT = {3}


def step(states, symbol):
    out = set()
    for s in states:
        out |= NFA.get((s, symbol), set())
    return frozenset(out)


def determinize(start):
    start_state = frozenset([start])
    seen = {start_state}
    todo = [start_state]
    edges = {}
    while todo:
        current = todo.pop()
        for symbol in "ab":
            nxt = step(current, symbol)
            edges[(current, symbol)] = nxt
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen, edges


states, edges = determinize(0)
names = {s: i for i, s in enumerate(sorted(states, key=lambda s: sorted(s)))}
for s in sorted(states, key=lambda s: sorted(s)):
    marks = "accept" if s & ACCEPT else ""
    print(names[s], sorted(s), names[edges[(s, "a")]], names[edges[(s, "b")]], marks)

a = frozenset([3, 1, 2])
b = frozenset()
print(a, b, len(a), 2 in a, sorted(a))
print(a | {5}, {5} | a, a & frozenset([1, 9]), a - {1}, a ^ {1, 7})
print(a == {1, 2, 3}, {1, 2, 3} == a, a == frozenset([1, 2, 3]), type(a).__name__)
print(hash(frozenset([1, 2, 3])), hash(frozenset()), hash(a) == hash(frozenset({2, 3, 1})))
try:
    a.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    print({{1}: 2})
except TypeError as e:
    print("TypeError:", e)
mixed = [frozenset([1]), {2}]
print([isinstance(x, set) for x in mixed], [isinstance(x, frozenset) for x in mixed])
