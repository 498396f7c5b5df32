"""Records with values of mixed types (JSON-style dicts): a list held in one is concatenated
with and repeated by static lists (`rec["tags"] + ["q"]`, `rec["tags"] += [...]`), with
CPython's TypeError when the value is no list."""

posts = [
    {"title": "Hello", "tags": ["intro"], "score": 3},
    {"title": "Types", "tags": ["python", "typing"], "score": 5},
    {"title": "Draft", "tags": [], "score": 0},
]

for post in posts:
    post["tags"] += ["blog"]
    if post["score"] > 2:
        post["tags"] = ["featured"] + post["tags"]

for post in posts:
    print(f"{post['title']:<6} {post['tags']}")

all_tags = []
for post in posts:
    all_tags = all_tags + post["tags"]
print(sorted(set(all_tags)), len(all_tags))

divider = {"char": ["-"], "width": 3}
print("".join(divider["char"] * divider["width"]), divider["width"] * ["+"])

broken = {"tags": "not-a-list", "count": 4}
for key in ("tags", "count"):
    try:
        print(broken[key] + ["x"])
    except TypeError as e:
        print("TypeError:", e)
