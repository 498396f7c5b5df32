"""Values of run-time type whose methods share names with the program's own classes: a nested
config tree walked with `.items()` while a Counter (a class with `items`, `keys`, `get`) is also
in use, and a class with `append`/`get` next to lists and dicts in one mixed list."""
from collections import Counter, defaultdict


class Inbox:
    def __init__(self):
        self.messages = []

    def append(self, m):
        self.messages.append(m.upper())

    def get(self, i, default=None):
        return self.messages[i] if i < len(self.messages) else default


def walk(tree, depth=0):
    for name, sub in tree.items():
        if isinstance(sub, dict):
            print("  " * depth + name + "/")
            walk(sub, depth + 1)
        else:
            print("  " * depth + name, "=", sub)


def main():
    words = Counter("the cat and the hat and the bat".split())
    print(sorted(words.items()), words.get("the"), sorted(words.keys())[:2])
    config = {"server": {"host": "localhost", "port": 8080}, "debug": True,
              "paths": {"root": "/srv", "logs": {"dir": "/var/log", "keep": 7}}}
    walk(config)

    things = [Inbox(), [1, 2], {"k": "v"}]
    for t in things:
        t.append("hello") if not isinstance(t, dict) else None
    for t in things:
        print(t.get(0, "none") if not isinstance(t, list) else t)
    mixed = [{"a": 1}, {"b": 2.5}, Counter("aab")]
    for m in mixed:
        print(sorted(m.keys()), sorted(m.values()))
    print(type(words).__name__, type(defaultdict(int)).__name__, type(config).__name__)
    try:
        print(mixed[2] + 1)
    except TypeError as e:
        print(e)


main()
