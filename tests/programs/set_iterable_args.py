# Set methods given any iterable: update/union/intersection/difference/issubset of lists,
# tuples, strs and dicts.
s = {1}
s.update([2, 3])
print(s, s.union([4]), s.issubset([1, 2, 3, 9]), s.intersection((1, 2)), s.difference([1]))
s |= {7}
print(s)
seen = set()
for word in "the cat and the hat".split():
    seen.update(word)
print(sorted(seen), seen.issuperset("hat"), {1, 2}.union({3: "x"}), frozenset([1]).union([2, 3]))
t = (4, 5)
seen2 = {4}
seen2.update(t)
print(seen2, seen2.intersection([5, 6]))
# isdisjoint: of another set, or of any iterable.
print(seen2.isdisjoint({1, 2}), seen2.isdisjoint([5]), set("abc").isdisjoint("xyz"), set().isdisjoint(seen2))
