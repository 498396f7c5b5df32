def insert(trie, word):
    node = trie
    for ch in word:
        node = node.setdefault(ch, {})
    node["$"] = {}


trie = {}
insert(trie, "car")
print(trie)
