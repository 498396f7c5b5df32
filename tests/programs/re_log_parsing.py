"""Parsing a server log with regular expressions: named groups, counting, masking, and the
AoC-style number extraction everybody writes."""
import re
from collections import Counter, defaultdict

LOG = """\
2024-03-01 12:00:01 INFO  [web] 192.168.0.12 GET /index.html 200 512ms user=alice@example.com
2024-03-01 12:00:07 WARN  [db] slow query took 1530ms (table=orders)
2024-03-01 12:01:15 ERROR [web] 10.0.0.7 POST /api/v1/orders 500 88ms user=bob@shop.org
2024-03-01 12:02:00 INFO  [auth] login ok for carol@example.com from 172.16.4.1
2024-03-01 12:03:33 ERROR [db] deadlock detected; retrying (attempt 2 of 5)
2024-03-01 12:04:10 INFO  [web] 192.168.0.12 GET /about 404 3ms
garbage line without a timestamp
2024-03-01 12:05:59 DEBUG [cache] hit ratio 0.93 over 1200 keys
"""

LINE = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>\d\d:\d\d:\d\d) (?P<level>[A-Z]+)\s+\[(?P<area>\w+)\] (?P<msg>.*)$"
)
REQUEST = re.compile(r"(?P<ip>(?:\d{1,3}\.){3}\d{1,3}) (?P<verb>GET|POST) (?P<path>\S+) (?P<status>\d{3}) (?P<ms>\d+)ms")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+\.)+[a-z]{2,}", re.IGNORECASE)

levels = Counter()
by_area = defaultdict(list)
slow = []
for number, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        print(f"line {number}: not a log line: {line!r}")
        continue
    levels[m.group("level")] += 1
    by_area[m["area"]].append(m["time"])
    req = REQUEST.search(m.group("msg"))
    if req:
        ms = int(req.group("ms"))
        print(f"{req['verb']:4} {req['path']:<18} {req['status']} {ms:>4} ms from {req['ip']}")
        if ms > 50:
            slow.append(req.group("path"))
    took = re.search(r"took (\d+)ms", line)
    if took:
        slow.append(f"query:{took.group(1)}")

print(sorted(levels.items()))
print({area: len(times) for area, times in sorted(by_area.items())})
print("slow:", slow)

# Masking e-mail addresses, keeping the domain.
masked = EMAIL.sub(lambda m: "***@" + m.group(0).split("@")[1], LOG)
print(masked.splitlines()[0])
print(len(EMAIL.findall(LOG)), [m.group(0) for m in EMAIL.finditer(LOG)])

# Every number in a line (negative too), the way puzzle inputs are read.
print([int(x) for x in re.findall(r"-?\d+", "move 3 from -12 to 40, twice: x=-7")])
print(sum(map(int, re.findall(r"\d+", LOG))))
coords = [tuple(map(int, m)) for m in re.findall(r"<(-?\d+),(-?\d+)>", "pos=<3,-4> vel=<-1,2>")]
print(coords)

# Splitting on several separators, with and without keeping them.
print(re.split(r"[;,]\s*", "a, b;c,  d"))
print(re.split(r"(\s*[-+*/]\s*)", "12 + 4*3 - 7"))
print(re.split(r"\s+", "  leading and trailing  ", maxsplit=2))

# Multiline anchors and case-insensitive search.
errors = re.findall(r"^\S+ \S+ ERROR .*$", LOG, re.MULTILINE)
print(len(errors), errors[-1][-20:])
print(bool(re.search(r"DEADLOCK", LOG, re.I)), re.search(r"deadlock", LOG) is not None)

# Timestamps to seconds since midnight.
def seconds(t):
    h, m, s = map(int, re.fullmatch(r"(\d\d):(\d\d):(\d\d)", t).groups())
    return h * 3600 + m * 60 + s

times = re.findall(r"\d\d:\d\d:\d\d", LOG)
print(times[0], times[-1], seconds(times[-1]) - seconds(times[0]))
print(re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3/\2/\1", "2024-03-01 and 1999-12-31"))
print(re.subn(r"\bINFO\b", "info", LOG)[1])
