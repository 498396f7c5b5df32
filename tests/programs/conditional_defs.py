"""Functions defined where a script decides: under `if` (a platform switch), in `try`/`except`
(an optional module), in a loop (each iteration's function sees the loop variable when it
runs, or binds it early through a default), and called from a top-level function."""
import sys

if sys.platform.startswith("linux"):
    def clear_command():
        return "clear"
else:
    def clear_command():
        return "cls"

try:
    import json

    def encode(value):
        return json.dumps(value, sort_keys=True)
except ImportError:
    def encode(value):
        return repr(value)

late = []
early = []
for n in range(3):
    def add(x):
        return x + n
    late.append(add)

    def scaled(x, k=n):
        return x * k
    early.append(scaled)

print(clear_command(), encode({"b": 1, "a": [1, 2]}))
print([f(10) for f in late], [f(10) for f in early], add(1))


def report(value):
    return f"{clear_command()}: {encode(value)}"


print(report([None, True]))
with open("/tmp/natrix_test_conditional_defs.txt", "w") as out:
    def emit(line):
        out.write(line + "\n")
    emit("one")
    emit("two")
print(open("/tmp/natrix_test_conditional_defs.txt").read().split())
