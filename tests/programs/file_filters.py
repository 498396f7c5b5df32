"""Filtering a directory listing and a config text: `startswith`/`endswith` with a tuple
of choices (a literal, a constant, a `tuple()` of a list), and `splitlines(keepends)`."""

IMAGE_TYPES = (".png", ".jpg", ".gif")
HIDDEN = ("_", ".")

listing = """README.md
.gitignore
photo.JPG
logo.png
_build
notes.txt
banner.gif\r
setup.py
"""


def main():
    names = listing.splitlines()
    print(names)
    kept = listing.splitlines(True)
    print(kept[:3], sum(len(k) for k in kept) == len(listing))
    print("".join(kept) == listing, listing.splitlines(False) == names)
    for name in names:
        kinds = []
        if name.lower().endswith(IMAGE_TYPES):
            kinds.append("image")
        if name.startswith(HIDDEN):
            kinds.append("hidden")
        if name.endswith((".md", ".txt")):
            kinds.append("text")
        if name.startswith(tuple(["set", "REA"])):
            kinds.append("special")
        print(f"{name!r:16} {', '.join(kinds) or '-'}")
    print("a.py".endswith(()), "".startswith(("",)))


main()
