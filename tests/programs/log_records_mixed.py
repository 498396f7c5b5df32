"""Access-log records as dicts of mixed values: regex groups as strs, sizes made ints, times
parsed with `datetime.strptime` and read back through the dict (`rec["when"].minute`); a
text adventure's rooms hold lists and flags, and commands test membership with what the
player typed."""
import re
from datetime import datetime

LINE = re.compile(r'(?P<ip>\S+) \[(?P<ts>[^\]]+)\] "(?P<method>\w+) (?P<path>\S+)" (?P<status>\d{3}) (?P<size>\d+|-)')
LOG = """10.0.0.1 [2023-10-05 14:03:22] "GET /index.html" 200 5120
10.0.0.2 [2023-10-05 14:07:01] "POST /login" 302 -
10.0.0.1 [2023-10-05 15:21:45] "GET /img/logo.png" 200 20480
10.0.0.3 [2023-10-06 09:00:00] "GET /missing" 404 312"""

records = []
for line in LOG.splitlines():
    m = LINE.match(line)
    if not m:
        continue
    rec = m.groupdict()
    rec["size"] = 0 if rec["size"] == "-" else int(rec["size"])
    rec["status"] = int(rec["status"])
    rec["when"] = datetime.strptime(rec["ts"].split()[0] + " " + rec["ts"].split()[1], "%Y-%m-%d %H:%M:%S")
    records.append(rec)

for rec in records:
    print(rec["ip"], rec["when"].strftime("%a %H:%M"), rec["when"].minute, rec["method"], rec["status"], rec["size"])
by_hour = {}
for rec in records:
    hour = rec["when"].replace(minute=0, second=0)
    by_hour[hour] = by_hour.get(hour, 0) + rec["size"]
for hour, total in sorted(by_hour.items()):
    print(hour.isoformat(), total)

rooms = {
    "hall": {"desc": "A dusty hall.", "items": ["lamp", "key"], "locked": False, "exits": {"north": "vault"}},
    "vault": {"desc": "A cold vault.", "items": ["gold"], "locked": True, "exits": {"south": "hall"}},
}
inventory = []


def take(room, item=None):
    if item is None:
        return "take what?"
    if item in rooms[room]["items"]:
        rooms[room]["items"].remove(item)
        inventory.append(item)
        return f"taken: {item}"
    return f"no {item} here"


def go(room, direction=None):
    exits = rooms[room]["exits"]
    if direction not in exits:
        return room, "you cannot go that way"
    target = exits[direction]
    if rooms[target]["locked"] and "key" not in inventory:
        return room, "it is locked"
    return target, rooms[target]["desc"]


here = "hall"
for command in ["take lamp", "take sword", "take", "go north", "take key", "go north", "take gold", "go west"]:
    verb, *rest = command.split()
    if verb == "take":
        print(command, "->", take(here, *rest))
    else:
        here, said = go(here, *rest)
        print(command, "->", said, f"({here})")
print(sorted(inventory), {name: room["items"] for name, room in rooms.items()})
