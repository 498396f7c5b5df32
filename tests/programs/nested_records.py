"""Building and editing nested records (lists and dicts of mixed values)."""

people = [
    {"name": "ada", "langs": ["python"], "age": 36},
    {"name": "alan", "langs": [], "age": 41},
]
people[0]["langs"].append("c")
people[1]["langs"].extend(["lisp", "ml"])
people[1]["age"] += 1
people[0]["email"] = "ada@example.org"
for p in people:
    p["n_langs"] = len(p["langs"])
    p.setdefault("email", None)
print(people)
for p in people:
    print(p["name"], sorted(p["langs"]), p.get("email"), p.get("phone", "-"), list(p.keys()))
print(people[1]["langs"].pop(), people[1]["langs"].index("lisp"), people[0]["langs"].count("c"))
scores = {"ada": [90, 85.5], "alan": []}
scores["alan"].append(70)
scores["ada"].insert(0, 100)
scores["ada"].remove(85.5)
print(scores, {k: sum(v) for k, v in scores.items()})
stack = [1, "two"]
stack.append([3])
stack[2].append(4)
print(stack, stack[1].count("o"), stack[1].index("w"))
try:
    stack[0].append(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    people[0]["langs"].remove("java")
except ValueError as e:
    print("ValueError:", e)
