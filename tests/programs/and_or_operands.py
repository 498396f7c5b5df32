"""and/or return one of their operands, not necessarily a bool."""


def main():
    print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
    print(0.0 or 3.5, 2.5 and 0.0, "" or "default", "x" or "y")
    print("a" and "b", "" and "b", None or 7, None and 7)
    print(0 or 0.0, 0.0 or 0, "" or 0, 0 or "", None or "", "" or None)
    print(True and 5, False or 5, True or 5, False and 5)
    print(0 or "zero", 1 or "one", "" or 42, "s" and 42)
    print(1 and 2 and 3, 1 and 0 and 3, 0 or 0 or 9, 0 or "" or None)
    print(not 0, not 1, not "", not "a", not 0.0, not None, not -1.5)
    print(not (1 and 0), (not 1) or 5)
    name = ""
    print("hello", name or "stranger")
    name = "Ada"
    print("hello", name or "stranger")
    count = 0
    print(count or 10, count and 10)
    limit = 0.0
    print(limit or 1.5)


main()
