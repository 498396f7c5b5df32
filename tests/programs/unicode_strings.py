"""Non-ASCII string literals: len counts code points, comparisons by code point."""


def frame(text):
    border = "═" * (len(text) + 2)
    print("╔" + border + "╗")
    print("║ " + text + " ║")
    print("╚" + border + "╝")


def main():
    greeting = "héllo wörld"
    print(greeting, len(greeting))
    print(len("日本語"), len("€"), len("😀"), len("a😀b"))
    print("é" > "z", "日" > "é", "a" < "é")
    frame("naïve café")
    frame("π ≈ 3.14159")
    stars = "★" * 5 + "☆" * 3
    print(stars, len(stars))
    print("Ω" == "Ω", "Å" + "ngström")


main()
