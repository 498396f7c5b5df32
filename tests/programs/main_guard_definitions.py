"""A module with its demo under the main guard: functions, classes and imports defined inside
`if __name__ == "__main__":` belong to the module."""


def greet(name):
    return f"hello, {name}"


if __name__ != "__main__":
    print("imported, not run")
else:
    print("running as", __name__)

if __name__ == "__main__":
    from collections import Counter

    class Tally:
        def __init__(self):
            self.counts = Counter()

        def add(self, word):
            self.counts[word] += 1
            return self

    def main():
        t = Tally()
        for w in "a b a c a".split():
            t.add(w)
        print(greet("world"), t.counts.most_common(2))

    main()
