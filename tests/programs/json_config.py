"""Loading, validating, merging and saving a JSON configuration, the way a small tool does."""
import io
import json
import os

DEFAULTS = {
    "name": "service",
    "port": 8080,
    "debug": False,
    "ratio": 0.75,
    "tags": ["web", "api"],
    "limits": {"cpu": 2, "memory": "512M"},
    "owner": None,
}

USER_CONFIG = """
{
    "port": 9090,
    "debug": true,
    "tags": ["web", "api", "beta"],
    "limits": {"cpu": 4},
    "motd": "Caf\\u00e9 \\u2615 open \\ud83d\\ude00",
    "thresholds": [0.5, 1e3, -2.25E-2, 12345678901234567890123]
}
"""


def merge(base, override):
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


def describe(value, depth=0):
    pad = "  " * depth
    if isinstance(value, dict):
        for k in sorted(value):
            v = value[k]
            if isinstance(v, (dict, list)):
                print(f"{pad}{k}:")
                describe(v, depth + 1)
            else:
                print(f"{pad}{k} = {v!r} ({type(v).__name__})")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            print(f"{pad}[{i}] {v!r}")


user = json.loads(USER_CONFIG)
print(type(user).__name__, len(user))
print(user["motd"])
print(user["thresholds"][3] + 1)
config = merge(json.loads(json.dumps(DEFAULTS)), user)
describe(config)

print(json.dumps(config, sort_keys=True))
print(json.dumps(config, indent=2, sort_keys=True, ensure_ascii=False))
print(json.dumps(config["limits"], separators=(",", ":")))
print(json.dumps(DEFAULTS, indent="\t"))

# Round trips keep every value.
again = json.loads(json.dumps(config))
print(again == config, again["limits"] == {"cpu": 4, "memory": "512M"})

# Files and in-memory streams.
path = "natrix_json_config_test.json"
with open(path, "w") as f:
    json.dump(config, f, indent=4)
with open(path) as f:
    text = f.read()
print(text.count("\n"), text.splitlines()[1])
with open(path) as f:
    loaded = json.load(f)
print(loaded["port"], loaded["tags"][-1], loaded["owner"])
os.remove(path)

buf = io.StringIO()
json.dump({"ok": True, "items": [1, 2, 3]}, buf)
print(buf.getvalue())
print(json.load(io.StringIO('  {"x": [1, {"y": null}]}  ')))
print(json.loads(b'{"bytes": "\xc3\xa9"}'))

# Malformed documents: CPython's messages and positions.
BROKEN = [
    "",
    '{"port": 80,}',
    '{"port" 80}',
    "[1, 2",
    '{"name": "unterminated}',
    '{"a": 1} trailing',
    "{'single': 1}",
    '["tab\there"]',
    '"bad \\q escape"',
    '"\\u12G4"',
    "[01]",
    "\n\n   [1,\n  ]",
]
for doc in BROKEN:
    try:
        json.loads(doc)
        print("parsed?", doc)
    except json.JSONDecodeError as e:
        print(f"{e.msg!r} at {e.pos} (line {e.lineno}, col {e.colno}): {e}")
    except ValueError as e:
        print("ValueError", e)

try:
    json.loads(42)
except TypeError as e:
    print("TypeError:", e)

print(json.loads("[NaN, Infinity, -Infinity, -0, -0.0, 1E400]"))
print(repr(json.loads('"\\/\\b\\f\\n\\r\\t\\"\\\\"')))
# Strs decoded from a document, with `os` (whose `path` has `split` and `join`) imported.
print(user["motd"].split(" ")[0], "/".join(user["tags"]), "-".join(["a", user["motd"][:4]]))
try:
    json.loads("[")
except ValueError as e:
    print(type(e).__name__, type(e))
json.loads('{"port": 8080, "debug": tru}')
