"""Builds an inverted index and a co-occurrence graph with collections.defaultdict."""
from collections import defaultdict
import collections

DOCS = [
    "the cat sat on the mat",
    "the dog chased the cat",
    "a bird sat on the dog",
    "cats and dogs and birds",
]


def index(docs):
    postings = defaultdict(set)
    for n, text in enumerate(docs):
        for word in text.split():
            postings[word].add(n)
    return postings


def neighbours(docs):
    graph = defaultdict(list)
    for text in docs:
        words = text.split()
        for a, b in zip(words, words[1:]):
            if b not in graph[a]:
                graph[a].append(b)
    return graph


postings = index(DOCS)
for word in sorted(postings):
    if len(postings[word]) > 1:
        print(f"{word:>6}: {sorted(postings[word])}")
print("missing:", postings["zebra"], len(postings))

graph = neighbours(DOCS)
print(graph["the"])
print(dict(graph)["sat"])

letters = defaultdict(int)
for text in DOCS:
    for ch in text.replace(" ", ""):
        letters[ch] += 1
common = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(common)
print(letters["q"], "q" in letters, letters.get("z", -1))

weights = collections.defaultdict(float)
for n, text in enumerate(DOCS):
    weights[len(text.split())] += 1 / (n + 1)
print(weights)

status = defaultdict(lambda: "pending")
status["build"] = "ok"
for step in ["build", "test", "deploy"]:
    print(step, status[step])
print(status == {"build": "ok", "test": "pending", "deploy": "pending"})

by_len = defaultdict(dict)
for word in sorted(postings):
    by_len[len(word)][word] = len(postings[word])
print(by_len[3])
print(by_len)

try:
    del letters["#"]
except KeyError as e:
    print("KeyError:", e)
print(letters.pop("t"), letters["t"])
