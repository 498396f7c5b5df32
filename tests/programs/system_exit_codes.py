"""SystemExit in detail: sys.exit() with no argument, None, an int or a message, e.code,
exception classes that define only __repr__, and an uncaught SystemExit subclass."""
import sys


class CommandFailed(SystemExit):
    pass


class Problem(Exception):
    def __init__(self, what, line):
        super().__init__(what, line)
        self.line = line

    def __repr__(self):
        return f"Problem(line={self.line})"


def run(args):
    if not args:
        sys.exit()
    if args[0] == "none":
        sys.exit(None)
    if args[0] == "int":
        sys.exit(3)
    if args[0] == "text":
        sys.exit("usage: run <mode>")
    raise CommandFailed(int(args[1]))


for args in ([], ["none"], ["int"], ["text"], ["fail", "7"]):
    try:
        run(args)
    except SystemExit as e:
        print(args, repr(e), e.args, e.code, str(e) == "", type(e).__name__)

p = Problem("bad token", 12)
print(str(p), repr(p), [p], p.args)
try:
    raise p
except Problem as caught:
    print(f"caught: {caught}")

print("exiting")
raise CommandFailed("fatal: cannot continue")
