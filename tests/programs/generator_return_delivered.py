# A generator's return value is carried by the first StopIteration only: after a for loop,
# list() or next(g, default) took it, next() raises one without it.
def gen():
    yield 1
    return 42

def show(label, g):
    try:
        next(g)
    except StopIteration as e:
        print(label, e.value, e.args)

g = gen()
for x in g:
    pass
show("after for", g)
g = gen()
print(list(g))
show("after list", g)
g = gen()
print(next(g), next(g, "done"))
show("after default", g)
g = gen()
next(g)
show("first", g)
show("second", g)

def outer():
    r = yield from gen()
    print("inner returned", r)
    return r + 1

o = outer()
print(list(o))
show("outer after list", o)
o = outer()
for v in o:
    print("got", v)
try:
    next(o)
except StopIteration as e:
    print("outer again", e.value)
