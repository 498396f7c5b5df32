# Pairs of values of mixed types, some None: the TypeErrors name the types the values have
# when the line runs.
pairs = [("a", "b"), (2, 3.5), (2, None), ("x", None), (None, 1)]
for a, b in pairs:
    try:
        print(repr(a + b))
    except TypeError as e:
        print("add:", e)
    try:
        print(a < b)
    except TypeError as e:
        print("order:", e)
    print(a == b, a != b)


def combine(x, y):
    return x * y


for x, y in [(3, "ab"), (None, 2), (1.5, 2)]:
    try:
        print(combine(x, y))
    except TypeError as e:
        print("combine:", e)
