"""Subset construction: an NFA with epsilon moves (a dict of state -> set of states, missing
entries read with `.get(state, ())`) turned into a DFA, closures copied from frozensets with
`set(states)` and grown with `.add`."""

EPS = ""
# (a|b)*abb
nfa = {
    (0, EPS): {1, 7},
    (1, EPS): {2, 4},
    (2, "a"): {3},
    (4, "b"): {5},
    (3, EPS): {6},
    (5, EPS): {6},
    (6, EPS): {1, 7},
    (7, "a"): {8},
    (8, "b"): {9},
    (9, "b"): {10},
}
ACCEPT = 10
eps_moves = {}
for (state, sym), targets in nfa.items():
    if sym == EPS:
        eps_moves[state] = targets


def closure(states):
    result = set(states)
    stack = list(states)
    while stack:
        s = stack.pop()
        for t in eps_moves.get(s, ()):
            if t not in result:
                result.add(t)
                stack.append(t)
    return frozenset(result)


def move(states, sym):
    out = set()
    for s in states:
        out |= nfa.get((s, sym), set())
    return out


start = closure(frozenset({0}))
names = {start: "A"}
todo = [start]
table = []
while todo:
    cur = todo.pop(0)
    for sym in "ab":
        nxt = closure(move(cur, sym))
        if nxt not in names:
            names[nxt] = chr(ord("A") + len(names))
            todo.append(nxt)
        table.append((names[cur], sym, names[nxt]))
for src, sym, dst in table:
    print(f"{src} --{sym}--> {dst}")
accepting = sorted(n for s, n in names.items() if ACCEPT in s)
print("states:", len(names), "accepting:", accepting)
for state, name in sorted(names.items(), key=lambda kv: kv[1]):
    print(name, sorted(state))


def accepts(word):
    cur = start
    for ch in word:
        cur = closure(move(cur, ch))
    return ACCEPT in cur


print([w for w in ["abb", "aabb", "babb", "ab", "abba", "bbabb"] if accepts(w)])
