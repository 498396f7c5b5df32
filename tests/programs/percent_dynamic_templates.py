"""`%` of a template held in a value of run-time type (a list of templates and numbers), and
the messages of %c and format() for bools."""

for t in ["%05.1f", 10, "%s-%s", "%(k)s!"]:
    try:
        print(t % 3)
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
for t in ["%s=%d", 7]:
    print(t % ("a", 1) if isinstance(t, str) else t % 4)
for t in ["%(name)s is %(age)d", "%r"]:
    print(t % {"name": "Ada", "age": 36})
print(format(True, "d"), format(False, ">4"), f"{True:x}")
try:
    format(True, "q")
except ValueError as e:
    print(e)
for v in [65, 0x263A, 2**70, -1]:
    try:
        print("[%c]" % v)
    except OverflowError as e:
        print("OverflowError:", e)
