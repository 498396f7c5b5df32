# `is` between None held in a class attribute and a value that may be None.
class A:
    nxt = None
    def __init__(self, n=None):
        if n is not None:
            self.nxt = n
a = A(A())
b = A()
print(a.nxt is A.nxt, b.nxt is A.nxt, a.nxt is not A.nxt)
def same(x, y):
    return x is y
print(same(None, None), same(b.nxt, None), same(a.nxt, None))
