"""Text processing with str methods: word counts, caesar cipher, palindromes, formatting."""

TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""


def words_of(text):
    cleaned = ""
    for ch in text.lower():
        if ch.isalpha() or ch.isspace():
            cleaned += ch
        else:
            cleaned += " "
    return cleaned.split()


def count_word(words, target):
    n = 0
    for w in words:
        if w == target:
            n += 1
    return n


def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isupper():
            out.append(chr((ord(ch) - ord("A") + shift) % 26 + ord("A")))
        elif ch.islower():
            out.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        else:
            out.append(ch)
    return "".join(out)


def is_palindrome(s):
    letters = [c.lower() for c in s if c.isalnum()]
    return letters == letters[::-1]


def title_case(line):
    return " ".join([w.capitalize() for w in line.split(" ")])


def main():
    words = words_of(TEXT)
    print(len(words), words[:6], words[-1])
    unique = []
    for w in words:
        if w not in unique:
            unique.append(w)
    unique.sort()
    print(len(unique), unique)
    for w in ["it", "was", "age", "times", "nothing"]:
        print(f"{w:>8}: {count_word(words, w)}")
    lines = TEXT.splitlines()
    for i, line in enumerate(lines, 1):
        print(i, line.strip(), len(line), line.count("it"), line.find("was"), line.rfind("of"))
    secret = caesar("Hello, World! xyz", 3)
    print(secret, caesar(secret, 23))
    for s in ["A man, a plan, a canal: Panama", "natrix", "No lemon, no melon", ""]:
        print(repr(s), is_palindrome(s))
    print(title_case("the quick brown fox"), "snake_case_name".replace("_", " ").title())
    csv = "name,age,city\nada,36,london\nalan,41,wilmslow"
    rows = [r.split(",") for r in csv.split("\n")]
    header = rows[0]
    for row in rows[1:]:
        for key, value in zip(header, row):
            print(key.upper().ljust(6, "."), value.rjust(10), value.center(12, "*"), value.zfill(5))
    print("-".join(["a", "b", "c"]), "  padded  ".strip(), "xxhixx".strip("x"), "path/to/file.txt".rsplit("/", 1))
    print("hello"[1], "hello"[-1], "hello"[1:4], "hello"[::-1], "hello"[::2], "é日本"[1], len("é日本"))
    print("abc".startswith("ab"), "abc".endswith("bc"), "a" in "cat", "dog" not in "cat", "x".isdigit(), "42".isdigit())
    print("Straße".upper(), "ǅungla".lower(), "MiXeD".swapcase(), "hello world".title(), "   ".isspace())
    print(ord("A"), ord("é"), chr(65), chr(233), chr(0x65e5), list("abc"), "a,b,,c".split(","), "1 2  3".split())
    print("banana".index("an"), "banana".count("an"), "banana".replace("an", "AN", 1), "-42".zfill(6))
    print("missing".index("z"))


main()
