# printf-style % with operands whose shape the source does not show: a tuple in a variable,
# a dict in a variable, values of several types, and the TypeErrors of a mismatch.
t = (1, "a")
print("%s-%s" % t)
pair = ("x", 2.5)
print("%-4s|%6.2f|" % pair)
one = (7,)
print("[%d]" % one)
print("[%s]" % 5, "[%r]" % "q")
nested = ((1, 2),)
print("%s" % nested)
rows = [("ann", 3), ("bob", 12)]
for r in rows:
    print("%-5s %3d" % r)
d = {"name": "x", "n": 3}
fmt = "%(name)s has %(n)d items; %(name)r"
print(fmt % d)
print("%s" % d)
try:
    print("%(a)s and %s" % {"a": 1})
except TypeError as e:
    print("TypeError:", e)
mixed = [1, "two", 3.5]
for m in mixed:
    print("<%s>" % m)
def bad(t):
    try:
        print("%s %s" % t)
    except TypeError as e:
        print("TypeError:", e)
bad((1,))
bad((1, 2, 3))
bad((1, 2))
try:
    print("%d" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    print(fmt % {"name": "y"})
except KeyError as e:
    print("KeyError:", e)


HEADER = "%-10s %6s %8s"
ROW = "%-10s %6d %8.2f"
inventory = [("widget", 12, 3.5), ("gadget", 3, 12.25), ("doohickey", 140, 0.99)]
print(HEADER % ("item", "qty", "price"))
for entry in inventory:
    print(ROW % entry)
totals = {"items": len(inventory), "value": sum(q * p for _, q, p in inventory)}
print("%(items)d items worth %(value).2f" % totals)
