from sys import exit, argv

print(argv[0] != "", len(argv))


def parse(text):
    if not text.isdigit():
        exit(f"bad number: {text!r}")
    return int(text)


print(parse("42"))
parse("4x2")
