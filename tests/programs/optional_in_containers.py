# Numbers that may be None inside containers: a memo table [None] * n filled in by a nested
# recursive function, floats and bools that may be None in lists and dict values, and
# sorting a list with a None in it (TypeError).
def fib_memo(n):
    memo = [None] * (n + 1)

    def go(k):
        if k < 2:
            return k
        if memo[k] is None:
            memo[k] = go(k - 1) + go(k - 2)
        return memo[k]
    return go(n), memo[:8]


print(fib_memo(40))
best = [None] * 4
best[2] = 3.5
best[0] = 1.0
print(best, best.count(None), None in best, 3.5 in best, best.index(3.5), best == [1.0, None, 3.5, None])
flags = [None, True, False]
print(flags, [f is None for f in flags], sorted([3, 1, 2]))
scores = {"ann": 90, "bob": None}
scores["cy"] = 75
print(scores, [k for k, v in scores.items() if v is not None])
vals = [5, None, 2]
vals.append(None)
vals.sort()
