# Nested tallies: a defaultdict whose factory is Counter (or a deque, an OrderedDict),
# the usual shape of log analysis by user and by event.
from collections import Counter, OrderedDict, defaultdict, deque

LOG = """alice login
bob login
alice view
alice view
carol login
bob upload
alice logout
bob view
carol view
bob view""".splitlines()

by_user = defaultdict(Counter)
recent = defaultdict(lambda: deque(maxlen=2))
first_seen = defaultdict(OrderedDict)
for n, line in enumerate(LOG):
    user, event = line.split()
    by_user[user][event] += 1
    recent[user].append(event)
    first_seen[event].setdefault(user, n)

for user in sorted(by_user):
    counts = by_user[user]
    top, times = counts.most_common(1)[0]
    print(f"{user:<6} total={sum(counts.values())} top={top}x{times} recent={list(recent[user])}")
print(dict(first_seen["view"]), list(first_seen["login"]))
print(by_user["dave"], len(by_user), "dave" in recent)

pairs = defaultdict(lambda: Counter())
words = "the cat sat on the mat the cat ran".split()
for a, b in zip(words, words[1:]):
    pairs[a][b] += 1
print(pairs["the"].most_common(), pairs["cat"])
print(by_user)
