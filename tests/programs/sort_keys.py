words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig", "apple"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted(words, reverse=True))
print(sorted(words, key=len, reverse=True))
scores = {"ann": 91, "bob": 78, "cy": 91, "dee": 65}
print(sorted(scores, key=lambda name: scores[name]))
print(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
print(ranked)
print(max(scores, key=lambda k: scores[k]), min(scores, key=lambda k: scores[k]))
print(max(words, key=len), min(words, key=len))
print(max([3, -7, 5, -2], key=abs), min([3, -7, 5, -2], key=abs))
print(max([], default=0), min([4, 2], default=0))
print(max(3, 9, 4, key=lambda x: -x))
nums = [5, 3, 8, 1, 9, 2]
nums.sort(reverse=True)
print(nums)
nums.sort(key=lambda x: (x % 3, x))
print(nums)


def weight(p):
    return p[1] * 10 - p[0]


pairs = [(1, 2), (3, 1), (2, 2), (0, 1)]
pairs.sort(key=weight)
print(pairs)
offset = 10
print(sorted([1, 2, 3], key=lambda v: abs(v - offset)))
floats = [0.5, -1.25, 3.0, 2.0]
print(sorted(floats, key=lambda f: f * f))


class Task:
    def __init__(self, name, prio):
        self.name = name
        self.prio = prio

    def __repr__(self):
        return f"Task({self.name}, {self.prio})"


tasks = [Task("a", 3), Task("b", 1), Task("c", 3), Task("d", 2)]
print(sorted(tasks, key=lambda t: t.prio))
print(sorted(tasks, key=lambda t: t.prio, reverse=True))
print(max(tasks, key=lambda t: t.prio).name)
print(min([], key=len))
