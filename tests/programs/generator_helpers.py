"""Generators whose nested helpers use the generator's own parameters: a log
tokenizer, a moving-average filter, and a paginator whose state a nested function
updates with `nonlocal`."""


def tokens(text, seps):
    def is_sep(ch):
        return ch in seps

    word = ""
    for ch in text:
        if is_sep(ch):
            if word:
                yield word
            word = ""
        else:
            word += ch
    if word:
        yield word


def moving_average(values, width):
    window = []

    def mean():
        return sum(window) / width

    for v in values:
        window.append(v)
        if len(window) > width:
            window.pop(0)
        if len(window) == width:
            yield round(mean(), 3)


def pages(items, size):
    page_no = 0

    def next_page():
        nonlocal page_no, items
        page, items = items[:size], items[size:]
        page_no += 1
        return page

    while items:
        page = next_page()
        yield f"page {page_no}: {', '.join(page)}"


class Ledger:
    def __init__(self, entries):
        self.entries = entries

    def over(self, limit, currency="EUR"):
        show = lambda amount: f"{amount:.2f} {currency}"
        for name, amount in self.entries:
            if amount > limit:
                yield name, show(amount)


def main():
    line = "GET /index.html;200, 512ms;;cache=hit"
    print(list(tokens(line, ";, ")))
    print(list(tokens("a--b-c", "-")))

    readings = [3, 5, 4, 8, 10, 9, 12, 7]
    print(list(moving_average(readings, 3)))
    print(list(moving_average([1.5, 2.5], 4)))

    names = ["ann", "bob", "cy", "dee", "eve", "fay", "gus"]
    for p in pages(names, 3):
        print(p)
    g = pages(["x"], 2)
    print(next(g))
    print(next(g, "no more pages"))

    ledger = Ledger([("rent", 950.0), ("coffee", 3.2), ("laptop", 1299.99)])
    for name, shown in ledger.over(100):
        print(name, shown)
    print(dict(ledger.over(1000, currency="USD")))


main()
