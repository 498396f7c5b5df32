"""Joining strs held in values of run-time type (the lists and strs of a dict of mixed values,
as JSON-like data holds them): the items must be strs, as CPython checks."""

rooms = {
    "hall": {"items": ["lamp", "key"], "name": "Hall", "exits": 2},
    "attic": {"items": [], "name": "Attic", "exits": 1},
    "cellar": {"items": ["rope", 3], "name": "Cellar", "exits": 0},
}
for key, room in rooms.items():
    try:
        print(key, "|", ", ".join(room["items"]) or "(nothing)", "|", "-".join(room["name"]))
    except TypeError as e:
        print(key, "TypeError:", e)
    try:
        print("/".join(room["exits"]))
    except TypeError as e:
        print("TypeError:", e)
