# Arguments are evaluated in source order, whatever order the keywords name the parameters in.


def show(tag, v):
    print("eval", tag)
    return v

def f(a, b, c=3):
    return a * 100 + b * 10 + c

class P:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
    def m(self, p, q):
        return p - q

print(f(b=show("b", 1), a=show("a", 2)))
print(f(show("a", 1), c=show("c", 5), b=show("b", 2)))
p = P(y=show("y", 4), x=show("x", 3))
print(p.x, p.y)
print(p.m(q=show("q", 1), p=show("p", 9)))

counter = 0


def bump():
    global counter
    counter += 1
    return counter


# `a=counter` is read after `bump()` has run.
print(f(b=bump(), a=counter))
