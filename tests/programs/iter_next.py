# iter() and next(): a list, str or dict iterator advanced by hand, the first-match idiom
# next(gen-expr, default), and a generator that never yields.
xs = [3, 8, 1, 9, 4]
print(next(x for x in xs if x > 5), next((x for x in xs if x > 50), None))
it = iter(xs)
first = next(it)
rest = [x * 10 for x in it]
print(first, rest)
words = iter("abc")
print(next(words), next(words), list(words))
pairs = iter({"k": 1, "j": 2})
for key in pairs:
    print(key)
try:
    next(iter([]))
except StopIteration:
    print("empty")
def g():
    for v in []:
        yield v
try:
    next(g())
except StopIteration:
    print("empty")
