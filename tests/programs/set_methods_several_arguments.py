"""Set methods given several sets or iterables at once: tags common to every post, all the
tags used anywhere, what one reader follows that nobody else does."""

posts = {
    "intro": {"python", "beginner", "tutorial"},
    "types": {"python", "typing", "tutorial"},
    "speed": {"python", "performance", "c"},
}
intro, types, speed = posts["intro"], posts["types"], posts["speed"]
print(sorted(intro.intersection(types, speed)), sorted(intro.union(types, speed, ["rust"])))
print(sorted(intro.difference(types, ("beginner",))), sorted(speed.difference()), sorted(speed.union()))

following = {"ann": {"python", "c"}, "bob": {"typing"}, "cy": {"c", "rust", "go"}}
mine = set(following["cy"])
mine.difference_update(following["ann"], following["bob"])
print(sorted(mine))
seen = set()
seen.update(["a", "b"], "cd", {"e"}, ("f",))
print(sorted(seen))
common = {1, 2, 3, 4, 5}
common.intersection_update(range(4), [2, 3, 9], {3, 2})
print(common)
