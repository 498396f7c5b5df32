"""Tries and trees of nested dicts: dicts that hold dicts of their own kind."""

END = "$"


def build_trie(words):
    root = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[END] = {}
    return root


def has_word(trie, word):
    node = trie
    for ch in word:
        if ch not in node:
            return False
        node = node[ch]
    return END in node


def count_words(node):
    return sum(1 if k == END else count_words(child) for k, child in node.items())


def with_prefix(trie, prefix):
    node = trie
    for ch in prefix:
        if ch not in node:
            return []
        node = node[ch]
    out = []

    def walk(n, acc):
        for k in sorted(n):
            if k == END:
                out.append(prefix + acc)
            else:
                walk(n[k], acc + k)

    walk(node, "")
    return out


words = ["car", "cart", "care", "cat", "dog", "do", "dot"]
trie = build_trie(words)
print(has_word(trie, "car"), has_word(trie, "ca"), has_word(trie, "dots"))
print(count_words(trie), len(trie), sorted(trie))
print(with_prefix(trie, "ca"), with_prefix(trie, "do"), with_prefix(trie, "x"))
print(build_trie(["ab"]))

tree = {"name": "root", "children": [{"name": "a", "children": []}]}
config = {"db": {"host": "h", "port": {"main": 5432, "alt": {}}}, "debug": {}}


def depth(d):
    if not isinstance(d, dict) or not d:
        return 0
    return 1 + max(depth(v) for v in d.values())


def paths(d, prefix=""):
    for k in sorted(d):
        v = d[k]
        if isinstance(v, dict) and v:
            yield from paths(v, prefix + k + ".")
        else:
            yield prefix + k, v


print(depth(config), list(paths(config)))
print(config["db"]["port"]["main"] + 1)
nested = {}
cur = nested
for level in range(4):
    cur[f"l{level}"] = {}
    cur = cur[f"l{level}"]
cur["leaf"] = {}
print(nested, depth(nested))
