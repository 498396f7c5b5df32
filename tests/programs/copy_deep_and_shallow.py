"""copy.copy and copy.deepcopy the way programs use them: snapshots of a grid before a
simulation step, a search that tries moves on copies of a board, objects with back
references, shared sublists, defaultdicts and dataclasses."""
import copy
from collections import defaultdict, Counter
from dataclasses import dataclass


def step(grid):
    """One round of a tiny cellular automaton, reading from a snapshot."""
    before = copy.deepcopy(grid)
    for r in range(len(grid)):
        for c in range(len(grid[0])):
            around = sum(
                before[rr][cc]
                for rr in range(max(0, r - 1), min(len(grid), r + 2))
                for cc in range(max(0, c - 1), min(len(grid[0]), c + 2))
                if (rr, cc) != (r, c)
            )
            grid[r][c] = 1 if around in (2, 3) and (before[r][c] or around == 3) else 0
    return before


grid = [[0, 1, 0, 0], [0, 1, 0, 0], [0, 1, 0, 0], [0, 0, 0, 0]]
old = step(grid)
print(old)
print(grid)


def solutions(board, row, n):
    if row == n:
        return [board]
    found = []
    for col in range(n):
        if all(board[r] != col and abs(board[r] - col) != row - r for r in range(row)):
            trial = copy.copy(board)
            trial[row] = col
            found.extend(solutions(trial, row + 1, n))
    return found


print(len(solutions([0] * 6, 0, 6)), solutions([0] * 5, 0, 5)[:2])


class Employee:
    def __init__(self, name, boss=None):
        self.name = name
        self.boss = boss
        self.reports = []
        if boss is not None:
            boss.reports.append(self)


ceo = Employee("ada")
cto = Employee("bob", ceo)
dev = Employee("cy", cto)
org = copy.deepcopy(ceo)
org.reports[0].reports[0].name = "cyd"
print(dev.name, org.reports[0].reports[0].name, org.reports[0].boss is org)
print(org.reports[0].reports[0].boss is org.reports[0], org is ceo)
clone = copy.copy(cto)
print(clone.name, clone.boss is ceo, clone.reports is cto.reports, clone is cto)

row = [0, 0]
table = [row, row, [1, 1]]
deep = copy.deepcopy(table)
deep[0][0] = 5
print(table, deep, deep[0] is deep[1])

groups = defaultdict(list)
for word in ["apple", "avocado", "banana"]:
    groups[word[0]].append(word)
backup = copy.deepcopy(groups)
groups["a"].append("apricot")
backup["c"].append("cherry")
print(dict(groups))
print(dict(backup))

tally = Counter("hello world")
saved = copy.deepcopy(tally)
tally["l"] += 10
print(tally.most_common(2), saved.most_common(2))


@dataclass
class Point:
    x: int
    y: int
    tags: list


p = Point(1, 2, ["a"])
q = copy.copy(p)
r = copy.deepcopy(p)
q.x = 10
q.tags.append("b")
r.tags.append("c")
print(p, q, r)
print(p == copy.deepcopy(p), copy.copy(7), copy.deepcopy("text"), copy.deepcopy((1, 2.5)))
nested = {"k": [(1, [2]), (3, [4])]}
n2 = copy.deepcopy(nested)
n2["k"][0][1].append(9)
print(nested, n2)
