"""Parsing `key=value` settings and `name:score` records into dicts with dict() of split
lines (lists of two strs), and CPython's error for a line that does not split in two."""


def parse_config(text):
    lines = [ln.strip() for ln in text.splitlines()]
    return dict(ln.split("=", 1) for ln in lines if ln and not ln.startswith("#"))


def parse_scores(record):
    return dict([item.split(":") for item in record.split(",")])


config = parse_config("""
# server settings
host = example.org
port=8080
path=/api/v1?x=1
debug=yes
""")
print(config)
print({k.strip(): v.strip() for k, v in config.items()})
scores = parse_scores("ann:91,bob:78,cy:85,ann:99")
print(scores, sum(int(v) for v in scores.values()))
print(dict([["only", "pair"]]), dict([]), dict(x.split() for x in []))

for bad in ["a=1,b", "a=1,b=2=3"]:
    try:
        print(dict(part.split("=") for part in bad.split(",")))
    except ValueError as e:
        print("ValueError:", e)

print(dict(line.split("=") for line in ["x=1", "y=2", "z"]))
