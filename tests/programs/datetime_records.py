"""Records mixing parsed dates with values read from JSON and CSV: incident durations with
`closed or NOW`, retention cutoffs from a config dict, a loop variable reused for days and
dates, hire dates passed to helpers, and ages computed from DictReader rows."""

import csv
import io
import json
from datetime import date, datetime, timedelta
from statistics import fmean, harmonic_mean

NOW = datetime(2024, 6, 30)
incidents = []
for line in ['{"id": 1, "opened": "2024-06-01", "closed": "2024-06-03"}',
             '{"id": 2, "opened": "2024-06-10", "closed": null}']:
    inc = json.loads(line)
    item = {"id": inc["id"], "opened": datetime.strptime(inc["opened"], "%Y-%m-%d"), "closed": None}
    if inc["closed"]:
        item["closed"] = datetime.strptime(inc["closed"], "%Y-%m-%d")
    incidents.append(item)
for inc in incidents:
    end = inc["closed"] or NOW
    print(inc["id"], end - inc["opened"], (end - inc["opened"]).days)

config = {"rotate": "daily", "keep": 7}
cutoff = datetime(2024, 12, 30) - timedelta(days=config["keep"])
print(config["rotate"], cutoff.strftime("%d/%m/%Y"), cutoff.isoformat())

by_day = {}
for d in range(1, 4):
    by_day[date(2024, 1, d)] = d * 10
for d in by_day:
    print(d, d.weekday(), by_day[d])


def years_since(d, today=date(2024, 6, 1)):
    return today.year - d.year - ((today.month, today.day) < (d.month, d.day))


text = "name,hired\nann,2015-03-01\nbob,2019-11-20\n"
for rec in csv.DictReader(io.StringIO(text)):
    row = {"name": rec["name"], "hired": date.fromisoformat(rec["hired"])}
    print(row["name"], years_since(row["hired"]), row["hired"].strftime("%b %Y"))

class P:
    def __init__(self):
        self.v = 3


end = None
for d in [date(2024, 2, 3)]:
    end = d
print(f"{end:%b %d}", format(end, "%Y"))
last = None
try:
    print(f"{last:%b}")
except TypeError as e:
    print(e)
items = [P()]
print(getattr(items[0], "v", 0), getattr(items[0], "nope", "dflt"))
print(fmean([1, 2, 3], weights=[3, 2, 1]), harmonic_mean([40, 60], weights=[5, 30]))
