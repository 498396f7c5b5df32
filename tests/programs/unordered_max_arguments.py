# max()/min() of arguments that cannot be ordered raise TypeError when they run: here in an
# override that only ever receives ints, though the base method is called with a str.
class A:
    def set(self, v): self.v = float(v)
class B(A):
    def set(self, v): self.v = float(max(v, 0))
a = A(); a.set("1.5")
b = B(); b.set(-3)
print(a.v, b.v)
for args in [(1, "a"), ("b", 2), (None, None)]:
    try:
        print(max(*args))
    except TypeError as e:
        print(e)
try:
    print(min(3, "x"))
except TypeError as e:
    print(e)
