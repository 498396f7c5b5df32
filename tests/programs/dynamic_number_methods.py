"""Number methods on values whose type is known only at run time: `2 ** k` is an int for
k >= 0 and a float below."""


def power(k):
    return 2 ** k


for k in [int(s) for s in "3 0 -2 62 70".split()]:
    p = power(k)
    if isinstance(p, int):
        print(k, p, p.bit_length())
    else:
        print(k, p, p.is_integer(), p.hex(), p.as_integer_ratio())
values = [1.5, 10 ** int("2"), 2 ** int("-1")]
for v in values:
    try:
        print(v.bit_length())
    except AttributeError as e:
        print("no:", e)
