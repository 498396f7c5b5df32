"""Names rebound by tuple unpacking at the top level of the module and of functions start
variables of their own (a loop variable of instances, then ints; a str, then sets)."""
class A:
    @property
    def p(self):
        return 1


for a in [A()]:
    print(a.p)
a, b = 1, 2
print(a + b)
i = 0
d = {}
i, d[i] = 5, "five"
print(i, d)


def f(line):
    for a in ["x", "y"]:
        print(a)
    a, b = {1}, {2}
    print(a | b)
    parts = line.split(",")
    print(parts)
    first, parts = parts[0], [int(p) for p in parts[1:]]
    print(first, sum(parts))
    q, r = divmod(sum(parts), 3)
    q, r = str(q), float(r)
    print(q + "!", r / 2)


f("x,1,2,3")
n, *rest = [1, 2, 3]
print(n, rest)
n, *rest = "abc"
print(n, rest)
