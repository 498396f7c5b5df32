from collections import Counter, defaultdict

stats = {"lines": 0, "words": Counter(), "tags": set(), "by_len": defaultdict(list)}
text = "the cat sat on the mat\nthe dog ate the cat food\n"
for line in text.splitlines():
    stats["lines"] += 1
    for word in line.split():
        stats["words"][word] += 1
        stats["tags"].update([word[0]])
        stats["by_len"][len(word)].append(word)
stats["words"]["zebra"] = 7
print(stats["lines"], stats["words"].most_common(3), sorted(stats["tags"]))
print(sorted(stats["by_len"].items()))
rec = {"size": 0, "counts": Counter()}
rec["counts"]["a"] += 1
rec["counts"]["a"] += 2
rec["counts"]["b"] = 5
print(rec["counts"], rec["counts"]["a"], rec["counts"]["missing"])
s = {"count": 0, "seen": set()}
s["seen"].update(["a", "b"], "cd")
s["seen"].add("e")
print(sorted(s["seen"]), len(s["seen"]))
