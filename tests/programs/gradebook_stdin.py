"""Reads a gradebook from standard input: a header with input(), records until a blank line
with sys.stdin.readline(), commands with input() until EOFError, the rest by iterating."""
import sys

title = input()
count = int(input("how many? "))
print(f"== {title} ({count} students) ==")

grades = {}
while True:
    line = sys.stdin.readline()
    if not line.strip():
        break
    name, *marks = line.split()
    grades[name] = [int(m) for m in marks]

def average(name):
    marks = grades[name]
    return sum(marks) / len(marks) if marks else 0.0

commands = 0
try:
    while True:
        cmd = input("> ").strip()
        commands += 1
        if cmd == "end":
            break
        if cmd == "best":
            best = max(grades, key=average)
            print(f"best: {best} {average(best):.2f}")
        elif cmd.startswith("show "):
            who = cmd[5:]
            if who in grades:
                print(who, grades[who], f"{average(who):.1f}")
            else:
                print("no such student:", who)
        else:
            print("unknown command", repr(cmd))
except EOFError:
    print("(end of input)")

notes = [line.rstrip("\n") for line in sys.stdin]
print(commands, "commands;", len(notes), "note lines:", notes)
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
try:
    input("again? ")
except EOFError as e:
    print("EOFError:", e)
