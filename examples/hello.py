"""A friendly first program for natrix."""


def greet(name, excited=False):
    ending = "!" if excited else "."
    return "Hello, " + name + ending


def main():
    print(greet("world", excited=True))
    print(greet("natrix"))
    print("Counting to five:", end="")
    for i in range(1, 6):
        print("", i, end="")
    print()
    total = 0
    for i in range(1, 101):
        total += i
    print("The sum of 1..100 is", total)
    print("Half of that is", total / 2)


if __name__ == "__main__":
    main()
