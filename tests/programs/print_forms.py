"""print() with several arguments, sep= and end=."""


def main():
    print()
    print("one")
    print("two", "args")
    print(1, 2.5, True, None, "s", -0.0)
    print("a", "b", "c", sep="")
    print("a", "b", "c", sep=", ")
    print("x", 1, sep=" -> ", end=" <-\n")
    print("no newline", end="")
    print(" continued")
    print("multi", "line", sep="\n")
    print("tab\tseparated", "quote'\"", "back\\slash")
    print(end="")
    print(sep="-")
    print("", "")
    print("", end="|\n")
    for i in range(3):
        print(i, i * i, i * i * i, sep="\t", end=";\n")
    print("done", end="!\n")
    sep_text = " | "
    print(10, 20, 30, sep=sep_text)
    print("a" * 3, "-" * 5, sep="")


main()
