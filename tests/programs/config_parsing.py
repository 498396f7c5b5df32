"""Parses an INI-like configuration with partition/rpartition, comments and sections."""
CONFIG = """
# server settings
[server]
host = example.org:8443
name = main = primary   # a value with '='
timeout=30

[paths]
log = /var/log/app/server.log
data = /srv/data/
empty =
"""


def parse(text):
    sections = {}
    current = "default"
    for raw in text.splitlines():
        line, _, comment = raw.partition("#")
        line = line.strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections.setdefault(current, {})
            continue
        key, sep, value = line.partition("=")
        if not sep:
            print("bad line:", repr(raw))
            continue
        sections.setdefault(current, {})[key.strip()] = value.strip()
    return sections


conf = parse(CONFIG)
for section, values in conf.items():
    print(f"[{section}]")
    for k, v in values.items():
        print(f"  {k!r} -> {v!r}")
host, _, port = conf["server"]["host"].rpartition(":")
print(host, int(port) + 1)
directory, slash, filename = conf["paths"]["log"].rpartition("/")
print(directory, filename, filename.partition(".")[0])
print("no-colon".rpartition(":"), "no-colon".partition(":"))
try:
    "x".partition("")
except ValueError as e:
    print("ValueError:", e)
