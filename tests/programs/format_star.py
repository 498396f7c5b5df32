"""str.format with a sequence unpacked into its fields: table rows from tuples and lists, and
CPython's IndexError when the sequence is too short."""

HEADER = ("name", "qty", "price")
ROWS = [("apple", 3, 0.5), ("pear", 12, 0.25), ("plum", 7, 1.125)]
LINE = "{:<8}{:>5}{:>9.3f}"


def render(rows):
    out = ["{:<8}{:>5}{:>9}".format(*HEADER)]
    for row in rows:
        out.append(LINE.format(*row))
    return out


def path(*parts):
    return "/".join(["{}"] * len(parts)).format(*parts)


def main():
    for line in render(ROWS):
        print(line)
    cells = ["a", "b", "c"]
    print("{0}-{2}-{1}".format(*cells), "{}".format(*cells), "{} {}!".format("hi", *cells))
    print("{greet}, {}".format(*cells[1:], greet="hello"))
    print(path("usr", "local", "bin"))
    for short in (["one"], []):
        try:
            print("{} and {}".format(*short))
        except IndexError as e:
            print("IndexError:", e)
    slots = "/".join(["{}"] * 3)
    for given in (["x", "y", "z", "w"], ["x"]):
        try:
            print(slots.format("v", *given))
        except IndexError as e:
            print("IndexError:", e)
    try:
        print("{2}{0}".format(*[1, 2]))
    except IndexError as e:
        print("IndexError:", e)


main()
