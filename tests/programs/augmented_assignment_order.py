# Augmented assignments whose right side rebinds the target: the old value is read first,
# as CPython reads it (a module-level str still grows in place otherwise).
g = "a"
n = 1
def bump():
    global g, n
    g = "changed"
    n = 100
    return "X"
def bumpn():
    global n
    n = 100
    return 5
g += bump()
print(g)
n += bumpn()
print(n)
class C:
    def __init__(self):
        self.total = 1
        self.s = "s"
    def helper(self):
        self.total = 50
        self.s = "zz"
        return 2
    def run(self):
        self.total += self.helper()
        self.s += str(self.helper())
        return self.total, self.s
print(C().run())
xs = [1, 2]
def grow():
    xs[0] = 10
    return 1
xs[0] += grow()
print(xs)
parts = ""
for k in range(5):
    parts += str(k) + ","
print(parts)
