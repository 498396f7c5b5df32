"""Which recipes the pantry can make: Counter inclusion (`<=`, `<`, `>=`), copy, popitem,
setdefault and clear; any()/all() over tuples, sets and dicts; `is` between values of
run-time type."""
from collections import Counter
from itertools import product

pantry = Counter(flour=5, egg=3, milk=2, sugar=1)
recipes = {
    "pancakes": Counter(flour=2, egg=1, milk=1),
    "cake": Counter(flour=3, egg=3, sugar=2),
    "omelette": Counter(egg=2),
    "nothing": Counter(),
}
for name, needs in recipes.items():
    print(f"{name:<9} can make: {needs <= pantry}  strictly less: {needs < pantry}")
print(pantry >= recipes["omelette"], pantry > pantry, pantry >= pantry, Counter(a=0) <= Counter())

stock = pantry.copy()
stock.subtract(recipes["pancakes"])
print(stock, pantry)
print(stock.setdefault("salt", 4), stock.setdefault("egg", 99))
print(stock.popitem(), len(stock))
stock.clear()
print(stock, bool(stock))
try:
    stock.popitem()
except KeyError as e:
    print("KeyError:", e)

# any() and all() over any iterable.
steps = (0, 1, 0)
print(any(steps), all(steps), any(()), all(()))
print(all({"egg", "milk"}), any({0}), any(set()), all({0: "zero"}), any({"": 1, "x": 2}))
print(any((0, "", None)), any((0, "x")), all((1, "a", 2.5)))
neighbours = [d for d in product((-1, 0, 1), repeat=2) if any(d)]
print(len(neighbours), neighbours[:4])
print([t for t in [(1, 2), (0, 3), (4, 0)] if all(t)])

# Identity of values whose type is known only when the program runs.


class Tool:
    def __init__(self, name):
        self.name = name


drawer = [Tool("knife"), "spoon", 7, 7, 10**6, 10**6 + 0, None]
first = drawer[0]
print(drawer[0] is first, drawer[0] is drawer[1], drawer[2] is drawer[3], drawer[6] is None)
print(drawer[0] is not drawer[1], drawer[-1] is drawer[-1])
