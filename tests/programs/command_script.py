"""A tiny command interpreter: each line is a command and the rest of the line, split off with
`split(None, 1)`; `rsplit(None, 1)` takes a trailing count; unknown commands are reported."""

SCRIPT = """
  set   greeting   hello there, world
set name  Ada Lovelace
append greeting  !
show greeting
show name
repeat  greeting 3
upper name
show   name
bogus command here
count words in this line 2
"""


def run(script):
    env = {}
    for raw in script.splitlines():
        if not raw.strip():
            continue
        parts = raw.split(None, 1)
        cmd = parts[0]
        rest = parts[1] if len(parts) > 1 else ""
        if cmd == "set":
            key, value = rest.split(None, 1)
            env[key] = value
        elif cmd == "append":
            key, value = rest.split(None, 1)
            env[key] = env[key] + value
        elif cmd == "show":
            key = rest.strip()
            print(f"{key} = {env[key]!r}")
        elif cmd == "repeat":
            key, times = rest.rsplit(None, 1)
            print(" / ".join([env[key.strip()]] * int(times)))
        elif cmd == "upper":
            env[rest.strip()] = env[rest.strip()].upper()
        elif cmd == "count":
            text, n = rest.rsplit(None, 1)
            print(len(text.split(None)), "words;", text.split(None, int(n)))
        else:
            print("unknown command:", repr(cmd), rest.rsplit(None, 0))
    return env


print(sorted(run(SCRIPT).items()))
