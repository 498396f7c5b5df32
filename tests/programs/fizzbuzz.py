"""FizzBuzz printed on a few lines using end=."""


def fizzbuzz_word(n):
    if n % 15 == 0:
        return "FizzBuzz"
    elif n % 3 == 0:
        return "Fizz"
    elif n % 5 == 0:
        return "Buzz"
    return str(n)


def main():
    for i in range(1, 101):
        print(fizzbuzz_word(i), end="\n" if i % 10 == 0 else " ")
    fizz = 0
    buzz = 0
    both = 0
    for i in range(1, 1001):
        word = fizzbuzz_word(i)
        if word == "FizzBuzz":
            both += 1
        elif word == "Fizz":
            fizz += 1
        elif word == "Buzz":
            buzz += 1
    print("Fizz:", fizz, "Buzz:", buzz, "FizzBuzz:", both)
    # a variant without the helper
    i = 1
    while i <= 15:
        out = ""
        if i % 3 == 0:
            out += "Fizz"
        if i % 5 == 0:
            out += "Buzz"
        print(out or str(i), end=", " if i < 15 else "\n")
        i += 1


main()
