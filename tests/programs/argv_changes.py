"""A script's arguments changed before use: defaults added to `sys.argv`, the program name
popped off, an alias seeing the same list, and `main(sys.argv)` reading what is left."""
import sys

args = sys.argv
if len(sys.argv) == 1:
    sys.argv.extend(["--verbose", "report.txt"])
print(len(sys.argv) - 1, sys.argv[1:], args is sys.argv)
sys.argv.pop(0)
sys.argv.insert(0, "tool")
args.append("--dry-run")


def main(argv):
    name, *rest = argv
    flags = [a for a in rest if a.startswith("--")]
    files = [a for a in rest if not a.startswith("--")]
    print(name, flags, files)
    return 0 if files else 2


print(sys.argv)
status = main(sys.argv)
del sys.argv[1:]
print(sys.argv, status)
