"""Deleting items and slices of containers held in dicts of mixed values (a text
adventure's rooms, JSON data)."""
import json

room = {"desc": "hall", "items": ["lamp", "key", "map", "coin"], "exits": {"n": "kitchen", "s": "yard"}}
items = room["items"]
del items[0]
print(room)
del room["items"][-1]
items[0:1] = ["sword", "shield"]
print(room["items"])
del room["exits"]["s"]
print(room)
items[:] = []
print(room)
room["items"][:] = ("a", "b", "c")
del room["items"][::2]
print(room["items"])
data = json.loads('{"users": [{"name": "ann", "meta": {"x": 1}}, {"name": "bob"}]}')
del data["users"][0]["meta"]
del data["users"][1:]
print(data)
try:
    del room["desc"][0]
except TypeError as e:
    print("TypeError:", e)
try:
    room["desc"][0:1] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    del room["nope"]
except KeyError as e:
    print("KeyError:", e)
try:
    del room["items"][5]
except IndexError as e:
    print("IndexError:", e)
