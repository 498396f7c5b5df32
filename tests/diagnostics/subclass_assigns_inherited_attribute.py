# A class attribute the base defines, assigned through a subclass after the bodies: refused
# (CPython gives the subclass its own attribute from then on, and reads before it see the
# base's), not taken for a new attribute of the subclass.
class A:
    X = 1
class B(A):
    pass
print(B.X, B().X)
B.X = 2
print(A.X, B.X, B().X)
