"""Spell out numbers in English words."""


def small_word(n):
    if n == 0:
        return "zero"
    if n == 1:
        return "one"
    if n == 2:
        return "two"
    if n == 3:
        return "three"
    if n == 4:
        return "four"
    if n == 5:
        return "five"
    if n == 6:
        return "six"
    if n == 7:
        return "seven"
    if n == 8:
        return "eight"
    if n == 9:
        return "nine"
    if n == 10:
        return "ten"
    if n == 11:
        return "eleven"
    if n == 12:
        return "twelve"
    if n == 13:
        return "thirteen"
    if n == 15:
        return "fifteen"
    if n == 18:
        return "eighteen"
    if n < 20:
        return small_word(n - 10) + "teen"
    return "?"


def tens_word(t):
    if t == 2:
        return "twenty"
    if t == 3:
        return "thirty"
    if t == 4:
        return "forty"
    if t == 5:
        return "fifty"
    if t == 8:
        return "eighty"
    return small_word(t) + "ty"


def words(n):
    if n < 0:
        return "minus " + words(-n)
    if n < 20:
        return small_word(n)
    if n < 100:
        rest = n % 10
        return tens_word(n // 10) + ("-" + small_word(rest) if rest else "")
    if n < 1000:
        rest = n % 100
        head = small_word(n // 100) + " hundred"
        return head + (" and " + words(rest) if rest else "")
    if n < 1000000:
        rest = n % 1000
        head = words(n // 1000) + " thousand"
        if rest == 0:
            return head
        joiner = " and " if rest < 100 else " "
        return head + joiner + words(rest)
    rest = n % 1000000
    head = words(n // 1000000) + " million"
    return head + (" " + words(rest) if rest else "")


def main():
    for n in range(0, 25):
        print(n, words(n))
    for n in range(30, 101, 7):
        print(n, words(n))
    print(words(115), "/", words(342), "/", words(999))
    print(words(1000), "/", words(1001), "/", words(20020), "/", words(123456))
    print(words(-45), "/", words(7000000), "/", words(1234567))
    letters = 0
    for n in range(1, 1001):
        w = words(n)
        letters += len(w)
    print("characters for 1..1000:", letters)


main()
