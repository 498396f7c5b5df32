# `del` of a function's variables: the value is let go at once, and reading the name again
# raises UnboundLocalError until it is assigned again.


def summarize(lines):
    words = []
    for line in lines:
        words.extend(line.split())
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    n = len(words)
    del words  # the big list is not needed any more
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    try:
        print(len(words))
    except UnboundLocalError as e:
        print("gone:", e)
    words = "reused as a str"
    return n, top, words


print(summarize(["a b c a", "b a d", "e a"]))


def chunks(data, size):
    out = []
    buf = []
    for x in data:
        buf.append(x)
        if len(buf) == size:
            out.append(sum(buf))
            del buf
            buf = []
    if buf:
        out.append(sum(buf))
    return out


print(chunks(list(range(10)), 3))


def big_values():
    a = 2**200
    b = (a, a + 1)
    c = str(a)
    e = [b]
    del (a, b), [e]
    try:
        del a
    except UnboundLocalError as e:
        print("twice:", e)
    d = len(c)
    del c
    return d


print(big_values())


def conditional(flag):
    item = [1, 2, 3]
    if flag:
        del item
    for k in range(2):
        temp = k * 10**30
        if k == 0:
            del temp
            continue
        print("temp", temp)
    return item


print(conditional(False))
print(conditional(True))
